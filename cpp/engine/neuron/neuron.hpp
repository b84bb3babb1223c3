// The post's single neuron, one principle at a time: z = w*x + b, sigmoid, binary cross-entropy,
// backpropagation (mean gradients) and the gradient-descent update. Plain functions over plain data.
// Each sum follows NumPy's own order (pairwise summation) so results match the post's NumPy run
// to the last bit or within a few ulps; see tests/cpp/neuron_test.cpp.
#pragma once

#include <cmath>
#include <cstddef>
#include <vector>

#include "numeric/pairwise_sum.hpp"  // NumPy's order for np.mean, which evaluate() follows

namespace one_neuron {

// Keeps log() finite at a prediction of exactly 0 or 1 (the post's epsilon).
constexpr double kEpsilon = 1e-9;

// Principle 2: the raw score before activation.
inline double weighted_sum(double hours, double weight, double bias) { return hours * weight + bias; }

// Principle 3: squeeze the score into (0, 1). exp(-z) may overflow to +inf; 1/(1+inf) is 0, not NaN.
inline double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// Principle 2 + 3: the pass probability for some hours.
inline double predict(double hours, double weight, double bias) { return sigmoid(weighted_sum(hours, weight, bias)); }

// Principle 4, one example: -(y*log(p + eps) + (1 - y)*log(1 - p + eps)).
inline double loss_term(double label, double probability) {
  return -(label * std::log(probability + kEpsilon) + (1.0 - label) * std::log(1.0 - probability + kEpsilon));
}

// What one full-batch forward + backward pass over the data yields.
struct Evaluation {
  double loss = 0.0;             // mean binary cross-entropy at (weight, bias)
  double weight_gradient = 0.0;  // dw = mean((p - y) * x)
  double bias_gradient = 0.0;    // db = mean(p - y)
};

// Principles 3-5A: forward pass, loss and backpropagated gradients at (weight, bias), in one sweep
// over the data that allocates nothing.
Evaluation evaluate(const std::vector<double>& hours, const std::vector<double>& labels, double weight, double bias);

// Principle 5B: step against the gradient. A weight of 0.50 with gradient 0.50 at rate 0.1 becomes 0.45.
inline double descend(double parameter, double gradient, double learning_rate) {
  return parameter - learning_rate * gradient;
}

}  // namespace one_neuron

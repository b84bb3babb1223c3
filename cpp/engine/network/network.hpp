// The post's network, one layer at a time: inputs x1, x2 -> a hidden layer of 0..16 units (weights
// W1, biases b1, an activation: the "bend") -> one sigmoid output unit (weights W2, bias b2), the
// post's loss, backpropagation layer by layer and the gradient-descent update. Plain functions over
// plain data, in the order of reference_network.py: each matrix product adds its terms in order
// (as NumPy's BLAS does for these shapes) and np.mean(error) sums pairwise, so results match NumPy
// within about 1e-15 relative (see tests/cpp/network_golden_test.cpp).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "numeric/musl_exp.hpp"

namespace one_neuron::network {

enum class Activation { kSigmoid, kLinear, kTanh, kRelu };

// Training (or test) points: point i is (inputs[2i], inputs[2i + 1]) = (x1, x2), label labels[i].
struct Points {
  std::vector<double> inputs;  // n x 2, row by row
  std::vector<double> labels;  // n, each 0 or 1 (empty for test points)
  std::size_t size() const { return inputs.size() / 2; }
};

// The weights and biases. With 0 hidden units there is no hidden layer: the output reads x1, x2.
struct Parameters {
  std::size_t hidden = 0;
  std::vector<double> W1;  // 2 x hidden, row by row: W1[input * hidden + unit]
  std::vector<double> b1;  // hidden
  std::vector<double> W2;  // hidden x 1 (2 x 1 when hidden is 0)
  double b2 = 0.0;
};

// As the post: np.random.seed(seed), then W1 = randn(2, hidden) and W2 = randn(hidden, 1) (or
// W2 = randn(2, 1) when hidden is 0), drawn row by row; biases 0.
Parameters initial_parameters(std::size_t hidden, std::uint32_t seed);

// Parameters from W1, b1, W2, b2 flattened in that order (a checked Config::start, see
// limits::check_start).
Parameters parameters_of(const std::vector<double>& flat, std::size_t hidden);

// 1 / (1 + e^-z), with musl's exp (numeric/musl_exp.hpp) on its main path and the C library's
// outside it: the same bits as the vectorised loop of forward(), so predict() agrees with it.
inline double sigmoid(double z) {
  const double minus_z = -z;
  return 1.0 / (1.0 + (exp_in_range(minus_z) ? musl_exp(minus_z) : std::exp(minus_z)));
}

// The bend: each hidden unit's output h from its weighted sum z.
inline double activate(Activation activation, double z) {
  switch (activation) {
    case Activation::kSigmoid:
      return sigmoid(z);
    case Activation::kTanh:
      return std::tanh(z);
    case Activation::kRelu:
      return z > 0.0 ? z : 0.0;  // np.maximum(z, 0)
    case Activation::kLinear:
      break;
  }
  return z;
}

// dh/dz, written from z and h as the reference does.
inline double activate_gradient(Activation activation, double z, double h) {
  switch (activation) {
    case Activation::kSigmoid:
      return h * (1.0 - h);
    case Activation::kTanh:
      return 1.0 - h * h;
    case Activation::kRelu:
      return z > 0.0 ? 1.0 : 0.0;
    case Activation::kLinear:
      break;
  }
  return 1.0;
}

// What a forward pass over n points leaves for the backward pass; reused from epoch to epoch.
struct Pass {
  std::vector<double> z1;           // n x hidden: each hidden unit's weighted sum
  std::vector<double> h;            // n x hidden: its activation
  std::vector<double> z2;           // n: the output's weighted sum
  std::vector<double> probability;  // n: its sigmoid
  std::vector<double> error;        // n: probability - label (dL/dz2 per point)
  std::vector<double> sent_back;    // n x hidden: the error sent back through W2 and the bend (dz1)
  std::vector<double> loss_terms;   // n: y log(p + 1e-9) + (1 - y) log(1 - p + 1e-9)
};

// The loss at the current parameters and its gradient for each weight and bias.
struct Gradients {
  double loss = 0.0;
  std::vector<double> W1;  // dW1, shaped as Parameters::W1
  std::vector<double> b1;
  std::vector<double> W2;
  double b2 = 0.0;
};

// Forward: the hidden layer, then the output layer, for every point of `points`.
void forward(const Parameters& parameters, Activation activation, const Points& points, Pass& pass);
// The post's loss over the pass: -mean(y log(p + 1e-9) + (1 - y) log(1 - p + 1e-9)).
double loss(const Points& points, Pass& pass);
// Backward: the output layer's gradients, then the hidden layer's (after forward over the same points).
void backward(const Parameters& parameters, Activation activation, const Points& points, Pass& pass,
              Gradients& gradients);
// Forward, loss and backward in one: what one epoch computes before it descends.
void evaluate(const Parameters& parameters, Activation activation, const Points& points, Pass& pass,
              Gradients& gradients);
// Gradient descent: every weight and bias minus learning rate x its gradient, into `next` (whose
// vectors are reused from epoch to epoch).
void descend(const Parameters& parameters, const Gradients& gradients, double learning_rate, Parameters& next);

// The output probability for one point, and each hidden unit's activation there when `h` is given
// (hidden values). The same arithmetic as forward().
double predict(const Parameters& parameters, Activation activation, double x1, double x2, double* h = nullptr);

// One row of a map at once: the output probability at the n points (x1[i], x2), and each hidden
// unit's activation there, unit j's at units[j * stride + i]; `scratch` holds 2n values. The same
// bits as predict() point by point, in loops that vectorise (forward()'s sigmoid loop).
void predict_row(const Parameters& parameters, Activation activation, const double* x1, std::size_t n, double x2,
                 double* probability, double* units, std::size_t stride, double* scratch);

}  // namespace one_neuron::network

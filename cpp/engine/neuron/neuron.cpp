#include "neuron/neuron.hpp"

#include "numeric/fdlibm_log.hpp"
#include "numeric/musl_exp.hpp"
#include "numeric/pairwise_sum.hpp"

namespace one_neuron {

namespace {

struct Sums {
  double terms = 0.0;   // sum of the loss terms log(...), without the minus sign
  double errors = 0.0;  // sum of p - y
};

// Forward and backward over examples [0, count), summed in NumPy's pairwise order without storing
// more than one leaf: the recursion is NumPy's, and each leaf's values are computed just before
// they are summed. `weighted_error` (x.T @ error, a dot product) is summed in order across leaves.
Sums sweep(const double* hours, const double* labels, std::size_t count, double weight, double bias,
           double& weighted_error) {
  if (count > kPairwiseBlock) {
    const std::size_t half = first_half(count);
    const Sums left = sweep(hours, labels, half, weight, bias, weighted_error);
    const Sums right = sweep(hours + half, labels + half, count - half, weight, bias, weighted_error);
    return {left.terms + right.terms, left.errors + right.errors};
  }
  // Loops without calls or branches over at most 128 examples, so compilers vectorise them (2 lanes
  // with WebAssembly SIMD); only the dot product, summed in order, stays one example at a time.
  double probabilities[kPairwiseBlock];
  double terms[kPairwiseBlock];
  double errors[kPairwiseBlock];
  std::size_t out_of_range = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const double minus_z = -weighted_sum(hours[i], weight, bias);
    out_of_range += !exp_in_range(minus_z);
    probabilities[i] = 1.0 / (1.0 + musl_exp(minus_z));  // sigmoid(z), as predict() computes it
  }
  if (out_of_range > 0) {  // |z| < 2^-54 or |z| >= 512: the C library's exp handles those
    for (std::size_t i = 0; i < count; ++i) {
      if (!exp_in_range(-weighted_sum(hours[i], weight, bias))) probabilities[i] = predict(hours[i], weight, bias);
    }
  }
  for (std::size_t i = 0; i < count; ++i) {
    const double p = probabilities[i];
    // The label is exactly 0 or 1 (limits.hpp), so one of the post's two log terms is multiplied by
    // 0 and adds exactly 0: taking only the other gives the same bits with one log instead of two.
    terms[i] = fdlibm_log(labels[i] == 1.0 ? p + kEpsilon : 1.0 - p + kEpsilon);
    errors[i] = p - labels[i];
  }
  double dot = weighted_error;
  for (std::size_t i = 0; i < count; ++i) dot += hours[i] * errors[i];
  weighted_error = dot;
  return {leaf_sum(terms, count), leaf_sum(errors, count)};
}

}  // namespace

Evaluation evaluate(const std::vector<double>& hours, const std::vector<double>& labels, double weight, double bias) {
  const std::size_t n = hours.size();
  const double count = static_cast<double>(n);
  double weighted_error = 0.0;
  const Sums sums = sweep(hours.data(), labels.data(), n, weight, bias, weighted_error);
  Evaluation result;
  result.loss = -(sums.terms / count);
  result.weight_gradient = weighted_error / count;
  result.bias_gradient = sums.errors / count;
  return result;
}

}  // namespace one_neuron

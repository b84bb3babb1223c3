#include "neuron.hpp"

namespace one_neuron {

double pairwise_sum(const double* values, std::size_t count) {
  constexpr std::size_t kBlock = 128;  // NumPy's PW_BLOCKSIZE
  if (count < 8) {
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i) sum += values[i];
    return sum;
  }
  if (count <= kBlock) {
    double r[8];
    for (std::size_t j = 0; j < 8; ++j) r[j] = values[j];
    std::size_t i = 8;
    for (; i < count - count % 8; i += 8) {
      for (std::size_t j = 0; j < 8; ++j) r[j] += values[i + j];
    }
    double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < count; ++i) sum += values[i];
    return sum;
  }
  std::size_t half = count / 2;
  half -= half % 8;
  return pairwise_sum(values, half) + pairwise_sum(values + half, count - half);
}

Evaluation evaluate(const std::vector<double>& hours, const std::vector<double>& labels, double weight, double bias,
                    std::vector<double>& scratch) {
  const std::size_t n = hours.size();
  const double count = static_cast<double>(n);
  scratch.resize(2 * n);
  double* terms = scratch.data();  // per-example loss terms (without the minus sign)
  double* errors = terms + n;      // per-example error p - y
  double weighted_error = 0.0;     // x.T @ error: a dot product, summed in order
  for (std::size_t i = 0; i < n; ++i) {
    const double p = predict(hours[i], weight, bias);
    const double y = labels[i];
    terms[i] = y * std::log(p + kEpsilon) + (1.0 - y) * std::log(1.0 - p + kEpsilon);
    errors[i] = p - y;
    weighted_error += hours[i] * errors[i];
  }
  Evaluation result;
  result.loss = -(pairwise_sum(terms, n) / count);
  result.weight_gradient = weighted_error / count;
  result.bias_gradient = pairwise_sum(errors, n) / count;
  return result;
}

}  // namespace one_neuron

// NumPy's pairwise summation (pairwise_sum_DOUBLE in numpy/core/src/umath/loops_utils.h): what
// np.sum and np.mean do for a contiguous array of doubles. Its pieces are exposed too, so that a fused
// loop (neuron/neuron.cpp's sweep) can compute each leaf just before summing it, in the same order.
#pragma once

#include <cstddef>

namespace one_neuron {

constexpr std::size_t kPairwiseBlock = 128;  // NumPy's PW_BLOCKSIZE: the leaves hold at most this many

// NumPy's pairwise_sum for at most kPairwiseBlock values: in order below 8, else 8 running sums then
// the rest.
inline double leaf_sum(const double* values, std::size_t count) {
  if (count < 8) {
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i) sum += values[i];
    return sum;
  }
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

// NumPy's split of a range longer than kPairwiseBlock: the first half rounded down to a multiple of 8.
inline std::size_t first_half(std::size_t count) {
  const std::size_t half = count / 2;
  return half - half % 8;
}

// The whole sum: leaves of at most kPairwiseBlock values, added pairwise up the recursion.
inline double pairwise_sum(const double* values, std::size_t count) {
  if (count <= kPairwiseBlock) return leaf_sum(values, count);
  const std::size_t half = first_half(count);
  return pairwise_sum(values, half) + pairwise_sum(values + half, count - half);
}

}  // namespace one_neuron

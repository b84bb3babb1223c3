// EpochSeries: one number per epoch (a loss, a weight, a bias...), in bounded memory for runs of any
// length. Scheme: entry i holds the exact value of epoch i * stride(). The stride starts at 1, so every
// epoch is kept until `capacity` entries are stored; then every other entry is dropped and the stride
// doubles. Memory never exceeds capacity doubles (8 MiB by default: 10,000,000 epochs keep 625,000
// points at stride 16), and the kept points are still exact, evenly spaced samples of the curve.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace one_neuron {

// Where reading a series of `size` entries from entry `start` begins, for a start that comes from
// JavaScript as any double: below 0 or NaN reads from 0; at or past the end (2^53, 1e300, Infinity)
// reads nothing. Compared as a double before the cast, since casting a double beyond size_t's range is
// undefined behaviour (size_t is 32 bits in wasm32).
inline std::size_t start_index(double start, std::size_t size) {
  if (start >= static_cast<double>(size)) return size;
  return start > 0 ? static_cast<std::size_t>(start) : 0;
}

class EpochSeries {
 public:
  static constexpr std::size_t kDefaultCapacity = std::size_t{1} << 20;  // 1,048,576 points

  explicit EpochSeries(std::size_t capacity = kDefaultCapacity);

  // Record the value of epoch `epoch`; epochs arrive in order 0, 1, 2, ...
  void record(std::uint64_t epoch, double value);
  void clear();

  const std::vector<double>& values() const { return values_; }
  std::uint64_t stride() const { return stride_; }
  std::size_t capacity() const { return capacity_; }

 private:
  std::size_t capacity_;
  std::uint64_t stride_ = 1;
  std::vector<double> values_;
};

}  // namespace one_neuron

// PathHistory: the descent path, i.e. the weight and bias at the start of every epoch (the point where
// that epoch's loss was evaluated), kept in EpochSeries' bounded scheme: entry i holds epoch
// i * stride(), and the stride doubles whenever the buffer is full. Default capacity 65,536 points
// (1 MiB for both numbers): a drawn path needs far fewer, and every kept point is exact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/epoch_series.hpp"

namespace one_neuron {

class PathHistory {
 public:
  static constexpr std::size_t kDefaultCapacity = std::size_t{1} << 16;

  explicit PathHistory(std::size_t capacity = kDefaultCapacity) : weights_(capacity), biases_(capacity) {}

  // Record where epoch `epoch` started; epochs arrive in order 0, 1, 2, ...
  void record(std::uint64_t epoch, double weight, double bias) {
    weights_.record(epoch, weight);
    biases_.record(epoch, bias);
  }
  void clear() {
    weights_.clear();
    biases_.clear();
  }

  const std::vector<double>& weights() const { return weights_.values(); }
  const std::vector<double>& biases() const { return biases_.values(); }
  std::uint64_t stride() const { return weights_.stride(); }  // the same for both: same epochs, same capacity

 private:
  EpochSeries weights_;
  EpochSeries biases_;
};

}  // namespace one_neuron

#include "common/epoch_series.hpp"

#include <algorithm>

namespace one_neuron {

// An even capacity keeps the survivors of each halving on the new stride.
EpochSeries::EpochSeries(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity & ~std::size_t{1}, 2)) {}

void EpochSeries::record(std::uint64_t epoch, double value) {
  if (epoch % stride_ != 0) return;
  if (values_.size() == capacity_) {
    // Keep epochs 0, 2s, 4s, ...: the survivors stay exact and evenly spaced.
    for (std::size_t i = 0; 2 * i < values_.size(); ++i) values_[i] = values_[2 * i];
    values_.resize((values_.size() + 1) / 2);
    stride_ *= 2;
    if (epoch % stride_ != 0) return;
  }
  values_.push_back(value);
}

void EpochSeries::clear() {
  stride_ = 1;
  values_.clear();
  values_.shrink_to_fit();
}

}  // namespace one_neuron

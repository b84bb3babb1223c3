#include "loss_history.hpp"

#include <algorithm>

namespace one_neuron {

// An even capacity keeps the survivors of each halving on the new stride.
LossHistory::LossHistory(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity & ~std::size_t{1}, 2)) {}

void LossHistory::record(std::uint64_t epoch, double loss) {
  if (epoch % stride_ != 0) return;
  if (losses_.size() == capacity_) {
    // Keep epochs 0, 2s, 4s, ...: the survivors stay exact and evenly spaced.
    for (std::size_t i = 0; 2 * i < losses_.size(); ++i) losses_[i] = losses_[2 * i];
    losses_.resize((losses_.size() + 1) / 2);
    stride_ *= 2;
    if (epoch % stride_ != 0) return;
  }
  losses_.push_back(loss);
}

void LossHistory::clear() {
  stride_ = 1;
  losses_.clear();
  losses_.shrink_to_fit();
}

}  // namespace one_neuron

// Trainer: owns the data set, the hyperparameters and the training state of the post's neuron,
// and runs gradient descent one full-batch epoch at a time. Knows nothing of browsers or files.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "loss_history.hpp"
#include "neuron.hpp"
#include "path_history.hpp"

namespace one_neuron {

// What a run is made of; the defaults are the post's run. Numbers arrive as doubles (as they do from
// JavaScript or a command line) and are checked by the Trainer's constructor, see limits.hpp.
struct TrainerConfig {
  std::vector<double> hours{1, 2, 3, 4, 5};
  std::vector<double> labels{0, 0, 1, 1, 1};
  double learning_rate = 0.1;
  double seed = 42;
  std::optional<double> initial_weight;  // default: np.random.seed(seed); np.random.randn()
  std::optional<double> initial_bias;    // default: 0, as np.zeros((1, 1))
};

class Trainer {
 public:
  // Throws std::invalid_argument naming the field when the config breaks a rule of limits.hpp.
  explicit Trainer(TrainerConfig config, std::size_t history_capacity = LossHistory::kDefaultCapacity);

  // One epoch: evaluate loss and gradients at the current weights, record that loss and where it was
  // evaluated (the path), then descend.
  // Throws std::runtime_error (state unchanged) if the result would not be finite; see limits.hpp.
  void step();
  // `epochs` more epochs (a whole number, 0..1e7; throws std::invalid_argument otherwise).
  void train(double epochs);
  // Back to epoch 0 and the same starting weight and bias.
  void reset();

  // Pass probability for some hours at the current weights; no side effects.
  double predict(double hours) const;
  std::vector<double> predict(const std::vector<double>& hours) const;
  // Loss and gradients at the current weights (what the next step will use); no side effects.
  Evaluation evaluate() const;

  const TrainerConfig& config() const { return config_; }
  std::uint64_t epoch() const { return epoch_; }
  double weight() const { return weight_; }
  double bias() const { return bias_; }
  double initial_weight() const { return initial_weight_; }
  double initial_bias() const { return initial_bias_; }
  // Loss and gradients of the last completed epoch (all 0 before the first).
  const Evaluation& last() const { return last_; }
  const LossHistory& history() const { return history_; }
  // The weight and bias at the start of each recorded epoch; the path's end is (weight(), bias()).
  const PathHistory& path() const { return path_; }

 private:
  TrainerConfig config_;
  double initial_weight_ = 0.0;
  double initial_bias_ = 0.0;
  std::uint64_t epoch_ = 0;
  double weight_ = 0.0;
  double bias_ = 0.0;
  Evaluation last_;
  LossHistory history_;
  PathHistory path_;
};

}  // namespace one_neuron

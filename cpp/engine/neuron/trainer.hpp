// Trainer: owns the data set, the hyperparameters and the training state of the post's neuron,
// and runs gradient descent one full-batch epoch at a time. Knows nothing of browsers or files.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "common/epoch_series.hpp"
#include "neuron/neuron.hpp"
#include "neuron/path_history.hpp"

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

// Every check the constructor makes on `config` (hours, labels, lr, seed, w0, b0, in that order), then
// train(epochs)'s and predict(test)'s when given, without building a trainer. Throws
// std::invalid_argument naming the first field that breaks a rule of limits.hpp.
void validate(const TrainerConfig& config, std::optional<double> epochs = std::nullopt,
              const std::optional<std::vector<double>>& test = std::nullopt);

// One training example at the current weight and bias, with neuron.hpp's functions: its score, its
// prediction, its term of the loss, and its share of the gradients (dw and db are the sums of the
// shares over all examples, up to rounding: evaluate() sums in NumPy's order).
struct Example {
  double hours = 0.0;
  double label = 0.0;
  double z = 0.0;            // weighted_sum(hours, weight, bias)
  double probability = 0.0;  // predict(hours, weight, bias), exactly as Trainer::predict gives it
  double loss_term = 0.0;    // loss_term(label, probability)
  double error = 0.0;        // probability - label
  double weight_part = 0.0;  // error * hours / n
  double bias_part = 0.0;    // error / n
};

// What the next step() does: the loss and gradients at the current weights and where it descends to.
struct Update {
  Evaluation evaluation;
  double weight = 0.0;  // descend(weight, dw, rate): bit for bit the weight step() leaves
  double bias = 0.0;
};

class Trainer {
 public:
  // Throws std::invalid_argument naming the field when the config breaks a rule of limits.hpp.
  explicit Trainer(TrainerConfig config, std::size_t history_capacity = EpochSeries::kDefaultCapacity);

  // One epoch: evaluate loss and gradients at the current weights, record that loss and where it was
  // evaluated (the path), then descend (to next_update()'s weight and bias).
  // Throws std::runtime_error (state unchanged) if the result would not be finite; see limits.hpp.
  void step();
  // `epochs` more epochs (a whole number, 0..1e7; throws std::invalid_argument otherwise), then the
  // evaluation at the weights it ends on, kept for the evaluate() or step() that follows: a page that
  // shows the loss after each train() pays for one pass over the data per epoch, not two, and the
  // cost of an epoch stays inside train() where a player can measure it.
  void train(double epochs);
  // Back to epoch 0 and the same starting weight and bias.
  void reset();

  // Pass probability for some hours at the current weights; no side effects.
  double predict(double hours) const;
  std::vector<double> predict(const std::vector<double>& hours) const;
  // Loss and gradients at the current weights (what the next step will use); no side effects. The
  // same numbers, bit for bit, whether train() kept them or they are computed now.
  Evaluation evaluate() const;
  // evaluate() and the weight and bias the next step() will give; no side effects.
  Update next_update() const;
  // Training example `row` (a whole number 0..n-1, else std::invalid_argument naming "row").
  Example example(double row) const;

  const TrainerConfig& config() const { return config_; }
  std::uint64_t epoch() const { return epoch_; }
  double weight() const { return weight_; }
  double bias() const { return bias_; }
  double initial_weight() const { return initial_weight_; }
  double initial_bias() const { return initial_bias_; }
  // Loss and gradients of the last completed epoch (all 0 before the first).
  const Evaluation& last() const { return last_; }
  // The loss of each recorded epoch, before that epoch's update.
  const EpochSeries& history() const { return history_; }
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
  std::optional<Evaluation> ahead_;  // evaluate() at (weight_, bias_), when train() has kept it
  EpochSeries history_;
  PathHistory path_;
};

}  // namespace one_neuron

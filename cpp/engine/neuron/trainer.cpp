#include "neuron/trainer.hpp"

#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

#include "common/limits.hpp"
#include "numeric/format_number.hpp"
#include "numeric/numpy_random.hpp"

namespace one_neuron {

void validate(const TrainerConfig& config, std::optional<double> epochs,
              const std::optional<std::vector<double>>& test) {
  limits::check_hours("hours", config.hours);
  limits::check_labels(config.labels, config.hours.size());
  limits::check_learning_rate(config.learning_rate);
  limits::check_seed(config.seed);
  if (config.initial_weight) limits::check_initial("w0", *config.initial_weight);
  if (config.initial_bias) limits::check_initial("b0", *config.initial_bias);
  if (epochs) limits::check_epochs(*epochs);
  if (test) limits::check_hours("test", *test);
}

Trainer::Trainer(TrainerConfig config, std::size_t history_capacity)
    : config_(std::move(config)), history_(history_capacity) {
  validate(config_);
  if (config_.initial_weight) {
    initial_weight_ = *config_.initial_weight;
  } else {
    NumpyRandom random(static_cast<std::uint32_t>(config_.seed));
    initial_weight_ = random.randn();
  }
  initial_bias_ = config_.initial_bias.value_or(0.0);
  reset();
}

Update Trainer::next_update() const {
  Update next;
  next.evaluation = evaluate();
  next.weight = descend(weight_, next.evaluation.weight_gradient, config_.learning_rate);
  next.bias = descend(bias_, next.evaluation.bias_gradient, config_.learning_rate);
  return next;
}

void Trainer::step() {
  const Update next = next_update();
  // limits.hpp's bounds make this unreachable; should it ever happen, keep the last finite state.
  if (!std::isfinite(next.evaluation.loss) || !std::isfinite(next.weight) || !std::isfinite(next.bias)) {
    throw std::runtime_error("training: stopped at epoch " + format_whole(static_cast<double>(epoch_)) +
                             " because the loss, weight or bias stopped being a finite number");
  }
  last_ = next.evaluation;
  history_.record(epoch_, last_.loss);
  path_.record(epoch_, weight_, bias_);
  weight_ = next.weight;
  bias_ = next.bias;
  ahead_.reset();
  ++epoch_;
}

void Trainer::train(double epochs) {
  const std::uint64_t count = limits::check_epochs(epochs);
  for (std::uint64_t i = 0; i < count; ++i) step();
  if (count > 0) ahead_ = one_neuron::evaluate(config_.hours, config_.labels, weight_, bias_);
}

void Trainer::reset() {
  epoch_ = 0;
  weight_ = initial_weight_;
  bias_ = initial_bias_;
  last_ = Evaluation{};
  ahead_.reset();
  history_.clear();
  path_.clear();
}

double Trainer::predict(double hours) const {
  return one_neuron::predict(limits::check_hour("test", hours), weight_, bias_);
}

std::vector<double> Trainer::predict(const std::vector<double>& hours) const {
  limits::check_hours("test", hours);
  std::vector<double> probabilities;
  probabilities.reserve(hours.size());
  for (double h : hours) probabilities.push_back(predict(h));
  return probabilities;
}

Evaluation Trainer::evaluate() const {
  return ahead_ ? *ahead_ : one_neuron::evaluate(config_.hours, config_.labels, weight_, bias_);
}

Example Trainer::example(double row) const {
  const std::size_t i = limits::check_row("row", row, config_.hours.size());
  const double count = static_cast<double>(config_.hours.size());
  Example e;
  e.hours = config_.hours[i];
  e.label = config_.labels[i];
  e.z = weighted_sum(e.hours, weight_, bias_);
  e.probability = one_neuron::predict(e.hours, weight_, bias_);
  e.loss_term = loss_term(e.label, e.probability);
  e.error = e.probability - e.label;
  e.weight_part = e.error * e.hours / count;
  e.bias_part = e.error / count;
  return e;
}

}  // namespace one_neuron

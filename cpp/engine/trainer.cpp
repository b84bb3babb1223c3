#include "trainer.hpp"

#include <cmath>
#include <stdexcept>
#include <string>
#include <utility>

#include "limits.hpp"
#include "numpy_random.hpp"

namespace one_neuron {

Trainer::Trainer(TrainerConfig config, std::size_t history_capacity)
    : config_(std::move(config)), history_(history_capacity) {
  limits::check_hours("hours", config_.hours);
  limits::check_labels(config_.labels, config_.hours.size());
  limits::check_learning_rate(config_.learning_rate);
  const std::uint32_t seed = limits::check_seed(config_.seed);
  if (config_.initial_weight) {
    initial_weight_ = limits::check_initial("w0", *config_.initial_weight);
  } else {
    NumpyRandom random(seed);
    initial_weight_ = random.randn();
  }
  initial_bias_ = config_.initial_bias ? limits::check_initial("b0", *config_.initial_bias) : 0.0;
  reset();
}

void Trainer::step() {
  const Evaluation now = evaluate();
  const double weight = descend(weight_, now.weight_gradient, config_.learning_rate);
  const double bias = descend(bias_, now.bias_gradient, config_.learning_rate);
  // limits.hpp's bounds make this unreachable; should it ever happen, keep the last finite state.
  if (!std::isfinite(now.loss) || !std::isfinite(weight) || !std::isfinite(bias)) {
    throw std::runtime_error("training: stopped at epoch " + std::to_string(epoch_) +
                             " because the loss, weight or bias stopped being a finite number");
  }
  last_ = now;
  history_.record(epoch_, last_.loss);
  path_.record(epoch_, weight_, bias_);
  weight_ = weight;
  bias_ = bias;
  ++epoch_;
}

void Trainer::train(double epochs) {
  const std::uint64_t count = limits::check_epochs(epochs);
  for (std::uint64_t i = 0; i < count; ++i) step();
}

void Trainer::reset() {
  epoch_ = 0;
  weight_ = initial_weight_;
  bias_ = initial_bias_;
  last_ = Evaluation{};
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

Evaluation Trainer::evaluate() const { return one_neuron::evaluate(config_.hours, config_.labels, weight_, bias_); }

}  // namespace one_neuron

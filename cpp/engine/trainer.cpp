#include "trainer.hpp"

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
  last_ = evaluate();
  history_.record(epoch_, last_.loss);
  weight_ = descend(weight_, last_.weight_gradient, config_.learning_rate);
  bias_ = descend(bias_, last_.bias_gradient, config_.learning_rate);
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
  return one_neuron::evaluate(config_.hours, config_.labels, weight_, bias_, scratch_);
}

}  // namespace one_neuron

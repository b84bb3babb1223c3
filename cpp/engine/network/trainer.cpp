#include "network/trainer.hpp"

#include <cmath>
#include <utility>

#include "common/grid.hpp"
#include "common/limits.hpp"

namespace one_neuron::network {
namespace {

constexpr const char* kDatasets[] = {"ring", "xor", "clusters"};
constexpr const char* kActivations[] = {"sigmoid", "linear", "tanh", "relu"};

void check_model(const Config& config) {
  limits::check_hidden(config.hidden);
  limits::check_choice("activation", config.activation, kActivations, 4);
  limits::check_learning_rate(config.learning_rate);
  limits::check_seed("seed", config.seed);
  if (config.start) limits::check_start(*config.start, static_cast<std::size_t>(config.hidden));
}

void check_points(const Config& config) {
  if (config.data) {
    limits::check_data(*config.data);
    return;
  }
  limits::check_choice("dataset", config.dataset, kDatasets, 3);
  limits::check_point_count(config.points);
  limits::check_seed("dataSeed", config.data_seed);
  limits::check_noise(config.noise);
}

bool within_bounds(double value) { return std::fabs(value) <= limits::kMaxAbsParameter; }  // false for NaN

bool within_bounds(const Parameters& p) {
  for (const auto* values : {&p.W1, &p.b1, &p.W2}) {
    for (double value : *values) {
      if (!within_bounds(value)) return false;
    }
  }
  return within_bounds(p.b2);
}

// The training points of a checked config: the explicit ones, or the generator's.
Points points_for(const Config& config) {
  if (config.data) return points_of(*config.data);
  const auto dataset = static_cast<Dataset>(limits::check_choice("dataset", config.dataset, kDatasets, 3));
  return generate(dataset, static_cast<std::size_t>(config.points), static_cast<std::uint32_t>(config.data_seed),
                  config.noise);
}

}  // namespace

void validate(const Config& config, std::optional<double> epochs, const std::optional<std::vector<double>>& test) {
  check_points(config);
  check_model(config);
  if (epochs) limits::check_epochs(*epochs);
  if (test) limits::check_test_points(*test);
}

Trainer::Trainer(Config config, std::size_t history_capacity) : config_(std::move(config)), history_(history_capacity) {
  validate(config_);
  points_ = points_for(config_);
  activation_ = static_cast<Activation>(limits::check_choice("activation", config_.activation, kActivations, 4));
  const auto hidden = static_cast<std::size_t>(config_.hidden);
  initial_ = config_.start ? parameters_of(*config_.start, hidden)
                           : initial_parameters(hidden, static_cast<std::uint32_t>(config_.seed));
  reset();
}

void Trainer::step() {
  // Into the trainer's own buffers: an epoch allocates nothing once the first has run.
  network::evaluate(parameters_, activation_, points_, pass_, gradients_);
  descend(parameters_, gradients_, config_.learning_rate, next_);
  if (!within_bounds(gradients_.loss) || !within_bounds(next_)) {
    limits::refuse_step(config_.learning_rate, static_cast<double>(epoch_));
  }
  history_.record(epoch_, gradients_.loss);
  std::swap(last_, gradients_);
  std::swap(parameters_, next_);
  ++epoch_;
}

void Trainer::train(double epochs) {
  const std::uint64_t count = limits::check_epochs(epochs);
  for (std::uint64_t i = 0; i < count; ++i) step();
}

void Trainer::reset() {
  epoch_ = 0;
  parameters_ = initial_;
  last_ = Gradients{};
  history_.clear();
}

double Trainer::predict(double x1, double x2) const {
  return network::predict(parameters_, activation_, limits::check_coordinate("test", x1),
                          limits::check_coordinate("test", x2));
}

std::vector<double> Trainer::predict(const std::vector<double>& pairs) const {
  limits::check_test_points(pairs);
  Pass pass;
  forward(parameters_, activation_, test_points_of(pairs), pass);
  return pass.probability;
}

Gradients Trainer::evaluate() const {
  Gradients gradients;
  network::evaluate(parameters_, activation_, points_, pass_, gradients);
  return gradients;
}

double Trainer::accuracy() const {
  forward(parameters_, activation_, points_, pass_);
  std::size_t right = 0;
  for (std::size_t i = 0; i < points_.size(); ++i) right += (pass_.probability[i] >= 0.5) == (points_.labels[i] == 1.0);
  return static_cast<double>(right) / static_cast<double>(points_.size());
}

const Map& Trainer::map(const MapGrid& grid) const {
  limits::check_map_range("x1Min", grid.x1_min, "x1Max", grid.x1_max);
  limits::check_map_range("x2Min", grid.x2_min, "x2Max", grid.x2_max);
  const std::size_t columns = limits::check_map_size("columns", grid.columns);
  const std::size_t rows = limits::check_map_size("rows", grid.rows);
  // The last map's buffers, the same size from frame to frame: no allocation, no zeroing.
  Map& result = map_;
  result.columns = columns;
  result.rows = rows;
  const std::size_t cells = columns * rows;
  result.probability.resize(cells);
  result.units.resize(parameters_.hidden * cells);
  map_x1_.resize(columns);
  map_scratch_.resize(2 * columns);
  for (std::size_t c = 0; c < columns; ++c) map_x1_[c] = grid_point(grid.x1_min, grid.x1_max, c, columns);
  for (std::size_t r = 0; r < rows; ++r) {
    const double x2 = grid_point(grid.x2_min, grid.x2_max, r, rows);
    const std::size_t first = r * columns;
    // With no hidden units there are no activations: units.data() may be null, and null + offset is UB.
    double* units = parameters_.hidden > 0 ? result.units.data() + first : nullptr;
    network::predict_row(parameters_, activation_, map_x1_.data(), columns, x2, result.probability.data() + first,
                         units, cells, map_scratch_.data());
  }
  return result;
}

std::optional<Line> Trainer::line() const {
  const Parameters& p = parameters_;
  if (p.hidden == 0) return Line{p.W2[0], p.W2[1], p.b2};
  if (activation_ != Activation::kLinear) return std::nullopt;
  // W1 W2 and b1 W2 + b2, the products added unit by unit as the network's forward pass adds them.
  Line line;
  double bias = 0.0;
  for (std::size_t unit = 0; unit < p.hidden; ++unit) {
    line.w1 += p.W1[unit] * p.W2[unit];
    line.w2 += p.W1[p.hidden + unit] * p.W2[unit];
    bias += p.b1[unit] * p.W2[unit];
  }
  line.bias = bias + p.b2;
  return line;
}

PointPass Trainer::example(double row) const {
  const std::size_t i = limits::check_row("row", row, points_.size());
  const Parameters& p = parameters_;
  PointPass e;
  e.x1 = points_.inputs[2 * i];
  e.x2 = points_.inputs[2 * i + 1];
  e.label = points_.labels[i];
  e.h.resize(p.hidden);
  e.probability = network::predict(p, activation_, e.x1, e.x2, e.h.data());
  double z2 = 0.0;
  for (std::size_t unit = 0; unit < p.hidden; ++unit) {
    e.z1.push_back((0.0 + e.x1 * p.W1[unit] + e.x2 * p.W1[p.hidden + unit]) + p.b1[unit]);
    z2 += e.h[unit] * p.W2[unit];
  }
  e.z2 = p.hidden > 0 ? z2 + p.b2 : (0.0 + e.x1 * p.W2[0] + e.x2 * p.W2[1]) + p.b2;
  e.loss_term = -std::log(e.label == 1.0 ? e.probability + 1e-9 : 1.0 - e.probability + 1e-9);
  e.error = e.probability - e.label;
  for (std::size_t unit = 0; unit < p.hidden; ++unit) {
    e.sent_back.push_back((e.error * p.W2[unit]) * activate_gradient(activation_, e.z1[unit], e.h[unit]));
  }
  return e;
}

}  // namespace one_neuron::network

// network::Trainer: owns the training points, the hyperparameters and the weights of the post's
// network (network.hpp), and runs full-batch gradient descent one epoch at a time, as
// reference_network.py does. Knows nothing of browsers or files.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/epoch_series.hpp"
#include "network/data.hpp"
#include "network/network.hpp"

namespace one_neuron::network {

// What a run is made of; the defaults are reference_network.py's (the post's ring, 4 sigmoid units).
// Numbers arrive as doubles (as they do from JavaScript or a command line) and are checked by the
// Trainer's constructor, see limits.hpp.
struct Config {
  std::string dataset = "ring";  // ring | xor | clusters; ignored when `data` is given
  double points = 200;
  double data_seed = 1;
  double noise = 0.0;
  std::optional<std::vector<double>> data;  // explicit points: x1, x2, label triples
  double hidden = 4;
  std::string activation = "sigmoid";  // sigmoid | linear | tanh | relu
  double learning_rate = 1.0;
  double seed = 42;
  // The starting W1, b1, W2, b2 in that order, each row by row (4 x hidden + 1 numbers; 3 with no
  // hidden layer), instead of NumPy's draws from `seed`: a reader's own weights to start from.
  std::optional<std::vector<double>> start;
};

// Every check the constructor makes (dataset, points, dataSeed, noise or data; hidden, activation,
// lr, seed, start), then train(epochs)'s and predict(test)'s when given, without building a trainer.
void validate(const Config& config, std::optional<double> epochs = std::nullopt,
              const std::optional<std::vector<double>>& test = std::nullopt);

// A map of the plane: `columns` x1 values from x1Min to x1Max, `rows` x2 values (checked by
// limits::check_map_size and check_map_range).
struct MapGrid {
  double x1_min = -2.0, x1_max = 2.0, columns = 100;
  double x2_min = -2.0, x2_max = 2.0, rows = 100;
};

// The output probability over a grid, entry r * columns + c at (x1 of column c, x2 of row r), and
// each hidden unit's activation there: units[unit * cells + r * columns + c].
struct Map {
  std::size_t columns = 0, rows = 0;
  std::vector<double> probability;
  std::vector<double> units;
};

// A linear hidden layer collapses into one straight line: p = sigmoid(x1 w1 + x2 w2 + bias) with
// (w1, w2) = W1 W2 and bias = b1 W2 + b2.
struct Line {
  double w1 = 0.0, w2 = 0.0, bias = 0.0;
};

// One training point's forward and backward pass at the current weights.
struct PointPass {
  double x1 = 0.0, x2 = 0.0, label = 0.0;
  std::vector<double> z1, h;      // each hidden unit's weighted sum and activation
  double z2 = 0.0;                // the output's weighted sum
  double probability = 0.0;       // sigmoid(z2)
  double loss_term = 0.0;         // -(y log(p + 1e-9) + (1 - y) log(1 - p + 1e-9))
  double error = 0.0;             // p - y, the output's error
  std::vector<double> sent_back;  // per hidden unit: error x W2 x h'(z1)
};

class Trainer {
 public:
  // Throws std::invalid_argument naming the field when the config breaks a rule of limits.hpp.
  explicit Trainer(Config config, std::size_t history_capacity = EpochSeries::kDefaultCapacity);

  // One epoch: the loss and gradients at the current weights, that loss recorded, then descend.
  // A step that would leave a weight, bias or the loss beyond +-1e20 or not finite is refused
  // (std::invalid_argument naming "lr") and the trainer stays at its last epoch.
  void step();
  // `epochs` more epochs (a whole number 0..1e7, else std::invalid_argument naming "epochs").
  void train(double epochs);
  // Back to epoch 0 and the same starting weights.
  void reset();

  // The output probability at (x1, x2), each within +-1e6 ("test"); no side effects.
  double predict(double x1, double x2) const;
  // predict() for x1, x2 pairs (limits::check_test_points, field "test").
  std::vector<double> predict(const std::vector<double>& pairs) const;
  // Loss and gradients at the current weights (what the next step uses); no side effects.
  Gradients evaluate() const;
  // The share of training points on the right side of 0.5 at the current weights.
  double accuracy() const;
  // The trainer's own buffers: the reference holds until the next map().
  const Map& map(const MapGrid& grid) const;
  // The collapsed line, for a linear hidden layer or none (0 hidden units: the line is W2, b2).
  std::optional<Line> line() const;
  // Training point `row` (a whole number 0..n-1, else std::invalid_argument naming "row").
  PointPass example(double row) const;

  const Config& config() const { return config_; }
  Activation activation() const { return activation_; }
  const Points& points() const { return points_; }
  std::uint64_t epoch() const { return epoch_; }
  const Parameters& parameters() const { return parameters_; }
  const Parameters& initial() const { return initial_; }
  // Loss and gradients of the last completed epoch (loss 0, no gradients before the first).
  const Gradients& last() const { return last_; }
  // The loss of each recorded epoch, before that epoch's update.
  const EpochSeries& history() const { return history_; }

 private:
  Config config_;
  Activation activation_ = Activation::kSigmoid;
  Points points_;
  Parameters initial_;
  Parameters parameters_;
  std::uint64_t epoch_ = 0;
  Gradients last_;
  EpochSeries history_;
  // Scratch for step() and evaluate(), reused from epoch to epoch.
  mutable Pass pass_;
  // map()'s result and scratch, reused from frame to frame.
  mutable Map map_;
  mutable std::vector<double> map_x1_, map_scratch_;
  Gradients gradients_;
  Parameters next_;
};

}  // namespace one_neuron::network

// The loss landscape: the post's loss (binary cross-entropy, evaluate() of neuron.hpp, the very
// function training uses) at every point of a grid of weights and biases, for drawing the surface
// gradient descent walks down. Leaves out colours and drawing.
#pragma once

#include <cstddef>
#include <vector>

namespace one_neuron {

// Which weights and biases: `columns` weights evenly spaced from weight_min to weight_max, and `rows`
// biases from bias_min to bias_max. Numbers arrive as doubles and are checked (limits.hpp): sizes
// are whole numbers 2..1000, ends finite within +-1e15, min < max.
struct LandscapeGrid {
  double weight_min = -1.0;
  double weight_max = 1.0;
  double bias_min = -1.0;
  double bias_max = 1.0;
  double columns = 200;
  double rows = 200;
};

// The index-th of `count` evenly spaced points from min to max: exactly min at 0, exactly max at count - 1.
double grid_point(double min, double max, std::size_t index, std::size_t count);

// The loss at every grid point, row-major, rows going up in bias and columns up in weight: entry
// r * columns + c is evaluate(hours, labels, w_c, b_r).loss with w_c = grid_point(weight_min,
// weight_max, c, columns) and b_r = grid_point(bias_min, bias_max, r, rows). Throws
// std::invalid_argument naming the field (hours, labels, weightMin, ..., columns, rows) on bad input.
std::vector<double> loss_landscape(const std::vector<double>& hours, const std::vector<double>& labels,
                                   const LandscapeGrid& grid);

}  // namespace one_neuron

// The loss landscape: the post's loss (binary cross-entropy, evaluate() of neuron.hpp, the very
// function training uses) at every point of a grid of weights and biases, for drawing the surface
// gradient descent walks down. Leaves out colours and drawing.
#pragma once

#include <vector>

#include "common/grid.hpp"

namespace one_neuron {

// The landscape's grid: columns are weights, rows are biases; in messages weightMin, weightMax,
// columns, biasMin, biasMax, rows.
extern const GridAxisNames kLandscapeColumns;
extern const GridAxisNames kLandscapeRows;

// The loss at every grid point, row-major, rows going up in bias and columns up in weight: entry
// r * columns + c is evaluate(hours, labels, w_c, b_r).loss with w_c = grid_point(columns.min,
// columns.max, c, columns) and b_r = grid_point(rows.min, rows.max, r, rows). Throws
// std::invalid_argument naming the field (hours, labels, weightMin, ..., columns, rows) on bad input.
std::vector<double> loss_landscape(const std::vector<double>& hours, const std::vector<double>& labels,
                                   const Grid& grid);

}  // namespace one_neuron

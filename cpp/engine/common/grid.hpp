// A 2-D grid of evenly spaced points: `columns` along one axis, `rows` along the other. The neuron's
// loss landscape (weights x biases) is drawn on one; so will be a network's decision map.
#pragma once

#include <cstddef>
#include <vector>

namespace one_neuron {

// `count` evenly spaced points from min to max. Numbers arrive as doubles and are checked by
// check_grid (limits.hpp): counts are whole numbers 2..1000, ends finite within +-1e15, min < max.
struct GridAxis {
  double min = -1.0;
  double max = 1.0;
  double count = 200;
};

struct Grid {
  GridAxis columns;  // along x (the landscape's weights)
  GridAxis rows;     // along y (the landscape's biases)
};

// What each number of a Grid is called in messages, e.g. {"weightMin", "weightMax", "columns"}.
struct GridAxisNames {
  const char* min;
  const char* max;
  const char* count;
};

struct GridSize {
  std::size_t columns = 0;
  std::size_t rows = 0;
};

// Checks both ranges, then both counts; throws std::invalid_argument naming the field.
GridSize check_grid(const Grid& grid, const GridAxisNames& column_names, const GridAxisNames& row_names);

// The index-th of `count` evenly spaced points from min to max: exactly min at 0, exactly max at count - 1.
double grid_point(double min, double max, std::size_t index, std::size_t count);

// All `count` points of an axis, grid_point by grid_point.
std::vector<double> grid_points(const GridAxis& axis, std::size_t count);

}  // namespace one_neuron

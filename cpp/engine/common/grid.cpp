#include "common/grid.hpp"

#include "common/limits.hpp"

namespace one_neuron {

GridSize check_grid(const Grid& grid, const GridAxisNames& column_names, const GridAxisNames& row_names) {
  limits::check_grid_range(column_names.min, grid.columns.min, column_names.max, grid.columns.max);
  limits::check_grid_range(row_names.min, grid.rows.min, row_names.max, grid.rows.max);
  GridSize size;
  size.columns = limits::check_grid_size(column_names.count, grid.columns.count);
  size.rows = limits::check_grid_size(row_names.count, grid.rows.count);
  return size;
}

double grid_point(double min, double max, std::size_t index, std::size_t count) {
  if (index + 1 >= count) return max;
  return min + (max - min) * (static_cast<double>(index) / static_cast<double>(count - 1));
}

std::vector<double> grid_points(const GridAxis& axis, std::size_t count) {
  std::vector<double> points(count);
  for (std::size_t i = 0; i < count; ++i) points[i] = grid_point(axis.min, axis.max, i, count);
  return points;
}

}  // namespace one_neuron

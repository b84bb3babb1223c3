#include "landscape.hpp"

#include "limits.hpp"
#include "neuron.hpp"

namespace one_neuron {

double grid_point(double min, double max, std::size_t index, std::size_t count) {
  if (index + 1 >= count) return max;
  return min + (max - min) * (static_cast<double>(index) / static_cast<double>(count - 1));
}

std::vector<double> loss_landscape(const std::vector<double>& hours, const std::vector<double>& labels,
                                   const LandscapeGrid& grid) {
  limits::check_hours("hours", hours);
  limits::check_labels(labels, hours.size());
  limits::check_grid_range("weightMin", grid.weight_min, "weightMax", grid.weight_max);
  limits::check_grid_range("biasMin", grid.bias_min, "biasMax", grid.bias_max);
  const std::size_t columns = limits::check_grid_size("columns", grid.columns);
  const std::size_t rows = limits::check_grid_size("rows", grid.rows);

  std::vector<double> weights(columns);
  for (std::size_t c = 0; c < columns; ++c) weights[c] = grid_point(grid.weight_min, grid.weight_max, c, columns);
  std::vector<double> losses;
  losses.reserve(rows * columns);
  for (std::size_t r = 0; r < rows; ++r) {
    const double bias = grid_point(grid.bias_min, grid.bias_max, r, rows);
    for (const double weight : weights) losses.push_back(evaluate(hours, labels, weight, bias).loss);
  }
  return losses;
}

}  // namespace one_neuron

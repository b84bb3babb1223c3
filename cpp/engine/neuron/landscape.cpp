#include "neuron/landscape.hpp"

#include "common/limits.hpp"
#include "neuron/neuron.hpp"

namespace one_neuron {

const GridAxisNames kLandscapeColumns{"weightMin", "weightMax", "columns"};
const GridAxisNames kLandscapeRows{"biasMin", "biasMax", "rows"};

std::vector<double> loss_landscape(const std::vector<double>& hours, const std::vector<double>& labels,
                                   const Grid& grid) {
  limits::check_hours("hours", hours);
  limits::check_labels(labels, hours.size());
  const GridSize size = check_grid(grid, kLandscapeColumns, kLandscapeRows);

  const std::vector<double> weights = grid_points(grid.columns, size.columns);
  std::vector<double> losses;
  losses.reserve(size.rows * size.columns);
  for (std::size_t r = 0; r < size.rows; ++r) {
    const double bias = grid_point(grid.rows.min, grid.rows.max, r, size.rows);
    for (const double weight : weights) losses.push_back(evaluate(hours, labels, weight, bias).loss);
  }
  return losses;
}

}  // namespace one_neuron

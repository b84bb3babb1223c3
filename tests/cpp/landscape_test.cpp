// The loss landscape (landscape.hpp) against direct evaluate() calls, its argument checks, and the
// trainer's descent path (path_history.hpp) against a step-by-step run.
#include "neuron/landscape.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "neuron/neuron.hpp"
#include "neuron/trainer.hpp"

namespace {

using one_neuron::evaluate;
using one_neuron::Grid;
using one_neuron::grid_point;
using one_neuron::loss_landscape;

const std::vector<double> kHours{1, 2, 3, 4, 5};
const std::vector<double> kLabels{0, 0, 1, 1, 1};

std::string message_of(const std::vector<double>& hours, const std::vector<double>& labels, const Grid& grid) {
  try {
    loss_landscape(hours, labels, grid);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Landscape, EveryGridValueIsTheTrainingLossAtThatWeightAndBias) {
  const Grid grid{{-2.0, 8.0, 200}, {-16.0, 4.0, 201}};
  const std::vector<double> losses = loss_landscape(kHours, kLabels, grid);
  ASSERT_EQ(losses.size(), 200u * 201u);
  for (std::size_t r = 0; r < 201; ++r) {
    const double bias = grid_point(grid.rows.min, grid.rows.max, r, 201);
    for (std::size_t c = 0; c < 200; ++c) {
      const double weight = grid_point(grid.columns.min, grid.columns.max, c, 200);
      ASSERT_EQ(losses[r * 200 + c], evaluate(kHours, kLabels, weight, bias).loss) << "row " << r << " column " << c;
    }
  }
}

TEST(Landscape, RowsGoUpInBiasAndColumnsUpInWeightWithExactEnds) {
  EXPECT_EQ(grid_point(-2.0, 8.0, 0, 200), -2.0);
  EXPECT_EQ(grid_point(-2.0, 8.0, 199, 200), 8.0);
  EXPECT_EQ(grid_point(0.1, 0.7, 6, 7), 0.7);
  EXPECT_DOUBLE_EQ(grid_point(-2.0, 8.0, 1, 11), -1.0);
  // Corners, on a larger data set (pairwise summation over more than one block of 128).
  std::vector<double> hours;
  std::vector<double> labels;
  for (int i = 0; i < 300; ++i) {
    hours.push_back(0.02 * i);
    labels.push_back(i % 3 == 0 ? 0.0 : 1.0);
  }
  const Grid grid{{0.5, 1.5, 3}, {-3.0, -1.0, 2}};
  const std::vector<double> losses = loss_landscape(hours, labels, grid);
  ASSERT_EQ(losses.size(), 6u);
  EXPECT_EQ(losses[0], evaluate(hours, labels, 0.5, -3.0).loss);  // row 0: lowest bias
  EXPECT_EQ(losses[1], evaluate(hours, labels, 1.0, -3.0).loss);
  EXPECT_EQ(losses[2], evaluate(hours, labels, 1.5, -3.0).loss);
  EXPECT_EQ(losses[5], evaluate(hours, labels, 1.5, -1.0).loss);  // last row: highest bias
}

TEST(Landscape, ItsCornersAreThePostsRunStartAndEnd) {
  // A 2 x 2 grid whose corners are the post's starting point (w0, 0) and where 5000 epochs end: the
  // surface there holds exactly the run's first recorded loss and the loss at its final weights.
  one_neuron::Trainer trainer(one_neuron::TrainerConfig{});
  trainer.train(5000);
  const Grid grid{{trainer.initial_weight(), trainer.weight(), 2}, {trainer.bias(), trainer.initial_bias(), 2}};
  const std::vector<double> losses = loss_landscape(kHours, kLabels, grid);
  ASSERT_EQ(losses.size(), 4u);
  EXPECT_EQ(losses[2], trainer.history().values().front());  // row 1 (bias 0), column 0 (w0)
  EXPECT_EQ(losses[1], trainer.evaluate().loss);             // row 0 (final bias), column 1 (final weight)
  EXPECT_LT(losses[1], losses[2]);
}

TEST(Landscape, BadArgumentsAreRefusedByName) {
  const auto with = [](auto change) {
    Grid grid;
    change(grid);
    return message_of(kHours, kLabels, grid);
  };
  EXPECT_EQ(with([](Grid&) {}), "(no error)");
  EXPECT_EQ(with([](Grid& g) { g.columns.count = 1; }), "columns: must be a whole number from 2 to 1000, got 1");
  EXPECT_EQ(with([](Grid& g) { g.rows.count = 1001; }), "rows: must be a whole number from 2 to 1000, got 1001");
  EXPECT_EQ(with([](Grid& g) { g.rows.count = 20.5; }), "rows: must be a whole number from 2 to 1000, got 20.5");
  EXPECT_EQ(with([](Grid& g) { g.columns.count = NAN; }), "columns: must be a whole number from 2 to 1000, got nan");
  EXPECT_EQ(with([](Grid& g) { g.columns.min = NAN; }),
            "weightMin: must be a finite number from -1e15 to 1e15, got nan");
  EXPECT_EQ(with([](Grid& g) { g.rows.max = INFINITY; }),
            "biasMax: must be a finite number from -1e15 to 1e15, got inf");
  EXPECT_EQ(with([](Grid& g) { g.rows.min = -2e15; }),
            "biasMin: must be a finite number from -1e15 to 1e15, got -2e+15");
  EXPECT_EQ(with([](Grid& g) { g.columns.max = -1; }), "weightMax: must be greater than weightMin (-1), got -1");
  EXPECT_EQ(with([](Grid& g) { g.rows.max = -3; }), "biasMax: must be greater than biasMin (-1), got -3");
  EXPECT_EQ(message_of({1, 2}, {0}, Grid{}).rfind("labels: must have one label per hours value", 0), 0u);
  EXPECT_EQ(message_of({}, {}, Grid{}), "hours: must have at least one value");
}

TEST(DescentPath, EachEntryIsWhereThatEpochStartedAndTheEndIsTheCurrentWeights) {
  one_neuron::Trainer trainer(one_neuron::TrainerConfig{});
  one_neuron::Trainer stepped(one_neuron::TrainerConfig{});
  trainer.train(300);
  const auto& weights = trainer.path().weights();
  const auto& biases = trainer.path().biases();
  ASSERT_EQ(weights.size(), 300u);
  ASSERT_EQ(biases.size(), 300u);
  EXPECT_EQ(trainer.path().stride(), 1u);
  for (std::size_t i = 0; i < 300; ++i) {
    EXPECT_EQ(weights[i], stepped.weight()) << i;
    EXPECT_EQ(biases[i], stepped.bias()) << i;
    EXPECT_EQ(evaluate(kHours, kLabels, weights[i], biases[i]).loss, trainer.history().values()[i]) << i;
    stepped.step();
  }
  EXPECT_EQ(weights.front(), trainer.initial_weight());
  EXPECT_EQ(stepped.weight(), trainer.weight());
  trainer.reset();
  EXPECT_TRUE(trainer.path().weights().empty());
}

TEST(DescentPath, LongRunsKeepEvenlySpacedExactPoints) {
  one_neuron::PathHistory path(8);
  for (std::uint64_t epoch = 0; epoch < 20; ++epoch) path.record(epoch, epoch * 1.0, -1.0 * epoch);
  EXPECT_EQ(path.stride(), 4u);
  EXPECT_EQ(path.weights(), (std::vector<double>{0, 4, 8, 12, 16}));
  EXPECT_EQ(path.biases(), (std::vector<double>{0, -4, -8, -12, -16}));
}

}  // namespace

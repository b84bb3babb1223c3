// The network engine's contract and the post's argument in numbers; network_golden_test.cpp checks
// parity with reference_network.py.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/grid.hpp"
#include "common/limits.hpp"
#include "network/trainer.hpp"

namespace {

using one_neuron::network::Activation;
using one_neuron::network::Config;
using one_neuron::network::MapGrid;
using one_neuron::network::Trainer;

Config with(double hidden, const char* activation = "sigmoid") {
  Config config;
  config.hidden = hidden;
  config.activation = activation;
  return config;
}

TEST(Network, TheDefaultRunSolvesThePostsRing) {
  Trainer trainer(Config{});
  trainer.train(3000);
  EXPECT_NEAR(trainer.history().values().front(), 0.7150, 5e-5);
  EXPECT_NEAR(trainer.history().values().back(), 0.0072, 5e-5);
  EXPECT_EQ(trainer.accuracy(), 1.0);
}

TEST(Network, OneNeuronStallsOnTheRing) {
  Trainer trainer(with(0));
  trainer.train(3000);
  EXPECT_NEAR(trainer.history().values().back(), 0.6806, 5e-5);
  EXPECT_EQ(trainer.accuracy(), 0.62);
}

TEST(Network, LinearHiddenUnitsCollapseIntoOneStraightLine) {
  Trainer linear(with(4, "linear"));
  linear.train(3000);
  EXPECT_NEAR(linear.history().values().back(), 0.6806, 5e-5);
  EXPECT_EQ(linear.accuracy(), 0.62);
  // The collapsed line W1 W2, b1 W2 + b2 gives the network's own output everywhere.
  const auto line = linear.line();
  ASSERT_TRUE(line.has_value());
  for (double x1 : {-1.5, -0.3, 0.0, 0.7, 2.0}) {
    for (double x2 : {-2.0, -0.1, 0.4, 1.3}) {
      const double straight = 1.0 / (1.0 + std::exp(-(x1 * line->w1 + x2 * line->w2 + line->bias)));
      EXPECT_NEAR(linear.predict(x1, x2), straight, 1e-12) << x1 << ", " << x2;
    }
  }
  // No bend, no line: a sigmoid layer does not collapse.
  EXPECT_FALSE(Trainer(Config{}).line().has_value());
}

TEST(Network, GradientsAgreeWithFiniteDifferencesForEveryActivation) {
  for (const char* activation : {"sigmoid", "linear", "tanh", "relu"}) {
    Config config = with(3, activation);
    config.points = 40;
    Trainer trainer(config);
    trainer.train(5);
    const auto gradients = trainer.evaluate();
    const auto loss_at = [&](auto change) {
      Config c = config;
      Trainer t(c);
      t.train(5);
      auto p = t.parameters();
      change(p);
      one_neuron::network::Pass pass;
      one_neuron::network::forward(p, t.activation(), t.points(), pass);
      return one_neuron::network::loss(t.points(), pass);
    };
    constexpr double kStep = 1e-6;
    for (std::size_t i = 0; i < gradients.W1.size(); ++i) {
      const double numeric =
          (loss_at([&](auto& p) { p.W1[i] += kStep; }) - loss_at([&](auto& p) { p.W1[i] -= kStep; })) / (2 * kStep);
      EXPECT_NEAR(gradients.W1[i], numeric, 1e-7) << activation << " W1 " << i;
    }
    for (std::size_t i = 0; i < gradients.W2.size(); ++i) {
      const double numeric =
          (loss_at([&](auto& p) { p.W2[i] += kStep; }) - loss_at([&](auto& p) { p.W2[i] -= kStep; })) / (2 * kStep);
      EXPECT_NEAR(gradients.W2[i], numeric, 1e-7) << activation << " W2 " << i;
    }
    for (std::size_t i = 0; i < gradients.b1.size(); ++i) {
      const double numeric =
          (loss_at([&](auto& p) { p.b1[i] += kStep; }) - loss_at([&](auto& p) { p.b1[i] -= kStep; })) / (2 * kStep);
      EXPECT_NEAR(gradients.b1[i], numeric, 1e-7) << activation << " b1 " << i;
    }
    const double numeric =
        (loss_at([&](auto& p) { p.b2 += kStep; }) - loss_at([&](auto& p) { p.b2 -= kStep; })) / (2 * kStep);
    EXPECT_NEAR(gradients.b2, numeric, 1e-7) << activation << " b2";
  }
}

// The message of the std::invalid_argument `body` throws ("" if it throws none).
template <typename Body>
std::string message_of(Body body) {
  try {
    body();
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

TEST(Network, ABadValueIsRefusedByItsFieldsName) {
  const auto refused = [](auto change) {
    Config config;
    change(config);
    const std::string built = message_of([&] { Trainer{config}; });
    EXPECT_EQ(built, message_of([&] { one_neuron::network::validate(config); }));
    return built;
  };
  EXPECT_EQ(refused([](Config& c) { c.hidden = 20; }), "hidden: must be a whole number from 0 to 16, got 20");
  EXPECT_EQ(refused([](Config& c) { c.hidden = 1e20; }), "hidden: must be a whole number from 0 to 16, got 1e+20");
  EXPECT_EQ(refused([](Config& c) { c.hidden = -1e300; }), "hidden: must be a whole number from 0 to 16, got -1e+300");
  EXPECT_EQ(refused([](Config& c) { c.hidden = 1.5; }), "hidden: must be a whole number from 0 to 16, got 1.5");
  EXPECT_EQ(refused([](Config& c) { c.activation = "softmax"; }), "activation: must be sigmoid, linear, tanh or relu");
  EXPECT_EQ(refused([](Config& c) { c.dataset = "spiral"; }), "dataset: must be ring, xor or clusters");
  EXPECT_EQ(refused([](Config& c) { c.points = 0; }), "points: must be a whole number from 1 to 100000, got 0");
  EXPECT_EQ(refused([](Config& c) { c.points = 100001; }),
            "points: must be a whole number from 1 to 100000, got 100001");
  EXPECT_EQ(refused([](Config& c) { c.points = -200; }), "points: must be a whole number from 1 to 100000, got -200");
  EXPECT_EQ(refused([](Config& c) { c.noise = 1.5; }), "noise: must be a number from 0 to 1, got 1.5");
  EXPECT_EQ(refused([](Config& c) { c.noise = NAN; }), "noise: must be a number from 0 to 1, got nan");
  EXPECT_EQ(refused([](Config& c) { c.data_seed = -1; }),
            "dataSeed: must be a whole number from 0 to 4294967295, got -1");
  EXPECT_EQ(refused([](Config& c) { c.seed = 0.5; }), "seed: must be a whole number from 0 to 4294967295, got 0.5");
  EXPECT_EQ(refused([](Config& c) { c.learning_rate = 0; }),
            "lr: must be a number greater than 0 and at most 100, got 0");
  EXPECT_EQ(refused([](Config& c) {
              c.data = std::vector<double>{1, 2};
            }),
            "data: must list x1, x2, label for each point (1 or more groups of 3 numbers), got 2 numbers");
  EXPECT_EQ(refused([](Config& c) { c.data = std::vector<double>{0, 0, 1, 2e6, 0, 0}; }),
            "data: point 2's x1 is 2000000; each coordinate must be a finite number from -1e6 to 1e6");
  EXPECT_EQ(refused([](Config& c) {
              c.data = std::vector<double>{0, 0, 0.5};
            }),
            "data: point 1's label is 0.5; each must be 0 or 1");
  EXPECT_EQ(refused([](Config& c) { c.data = std::vector<double>(300003, 0.0); }),
            "data: must have at most 100000 points, got 100001");
  // Explicit points replace the generator: its fields are not checked then.
  Config points;
  points.dataset = "ignored";
  points.data = std::vector<double>{1e6, -1e6, 1};
  EXPECT_EQ(message_of([&] { Trainer{points}; }), "");
  EXPECT_EQ(message_of([&] { one_neuron::network::validate(Config{}, 1e7 + 1); }),
            "epochs: must be a whole number from 0 to 10000000, got 10000001");
  EXPECT_EQ(message_of([&] {
              one_neuron::network::validate(Config{}, 1, std::vector<double>{0, 0, 1});
            }),
            "test: must list x1, x2 for each point (1 or more groups of 2 numbers), got 3 numbers");
}

TEST(Network, AStepThatWouldNotStayFiniteIsRefusedNamingTheLearningRate) {
  // Points at the coordinates' limit and no bend: each step multiplies the weights, until one would
  // pass 1e20 (relu at lr 50 on the ring stays finite: its units die, the loss settles near 5.6).
  Config config = with(4, "linear");
  config.learning_rate = 100;
  config.data = std::vector<double>{1e6, 1e6, 1, -1e6, 5e5, 0, 3e5, -1e6, 1};
  Trainer trainer(config);
  std::string message;
  while (message.empty() && trainer.epoch() < 1000) message = message_of([&] { trainer.step(); });
  ASSERT_NE(message, "") << "relu at lr 50 kept training for 1000 epochs";
  const auto epoch = trainer.epoch();
  EXPECT_EQ(message, "lr: at 100 the step after epoch " + std::to_string(epoch) +
                         " would take a weight, a bias or the loss beyond -1e20 to 1e20 or to a number that is not "
                         "finite; training stays at epoch " +
                         std::to_string(epoch) + ": try a smaller learning rate");
  // The state is the last finite epoch's, and stays so.
  const auto parameters = trainer.parameters();
  EXPECT_EQ(trainer.history().values().size(), epoch);
  EXPECT_NE(message_of([&] { trainer.train(10); }), "");
  EXPECT_EQ(trainer.epoch(), epoch);
  EXPECT_EQ(trainer.parameters().W1, parameters.W1);
  EXPECT_EQ(trainer.parameters().b2, parameters.b2);
  EXPECT_TRUE(std::isfinite(trainer.predict(0.3, -0.2)));
}

TEST(Network, StepByStepEqualsTrainAndResetStartsAgain) {
  Trainer a(with(5, "tanh"));
  Trainer b(with(5, "tanh"));
  a.train(200);
  for (int i = 0; i < 200; ++i) b.step();
  EXPECT_EQ(a.parameters().W1, b.parameters().W1);
  EXPECT_EQ(a.history().values(), b.history().values());
  const auto trained = a.parameters();
  a.reset();
  EXPECT_EQ(a.epoch(), 0u);
  EXPECT_TRUE(a.history().values().empty());
  EXPECT_EQ(a.parameters().W1, a.initial().W1);
  EXPECT_EQ(a.parameters().b1, std::vector<double>(5, 0.0));
  a.train(200);
  EXPECT_EQ(a.parameters().W2, trained.W2);
  // evaluate() is the loss the next step records, and changes nothing.
  const double loss = a.evaluate().loss;
  EXPECT_EQ(a.epoch(), 200u);
  a.step();
  EXPECT_EQ(a.history().values().back(), loss);
  EXPECT_EQ(a.last().loss, loss);
}

// The map runs a grid row through the training's batched forward pass: every cell and every unit the
// same bits as predict() and the unit's own activation there, for each activation and with no units.
TEST(Network, EveryCellOfTheMapIsPredictsOwnBits) {
  for (const char* activation : {"sigmoid", "linear", "tanh", "relu"}) {
    for (const double hidden : {0.0, 3.0, 16.0}) {
      Config config;
      config.activation = activation;
      config.hidden = hidden;
      config.learning_rate = 0.5;
      Trainer trainer(config);
      trainer.train(50);
      MapGrid grid;
      grid.columns = 13;
      grid.rows = 9;
      grid.x2_min = -40.0;  // far enough out that exp() leaves its main path for some cells
      grid.x2_max = 35.0;
      const auto map = trainer.map(grid);
      const auto& p = trainer.parameters();
      const std::size_t units = p.hidden, cells = 13 * 9;
      for (std::size_t r = 0; r < 9; ++r) {
        for (std::size_t c = 0; c < 13; ++c) {
          const double x1 = one_neuron::grid_point(-2.0, 2.0, c, 13);
          const double x2 = one_neuron::grid_point(-40.0, 35.0, r, 9);
          const std::size_t cell = r * 13 + c;
          ASSERT_EQ(map.probability[cell], trainer.predict(x1, x2)) << activation << " " << hidden << " " << cell;
          for (std::size_t unit = 0; unit < units; ++unit) {
            const double z = (0.0 + x1 * p.W1[unit] + x2 * p.W1[units + unit]) + p.b1[unit];
            ASSERT_EQ(map.units[unit * cells + cell], one_neuron::network::activate(trainer.activation(), z))
                << activation << " unit " << unit;
          }
        }
      }
    }
  }
}

TEST(Network, TheMapIsTheOutputAndEachUnitOverThePlane) {
  Trainer trainer(Config{});
  trainer.train(300);
  MapGrid grid;
  grid.columns = 7;
  grid.rows = 5;
  grid.x1_min = -1.5;
  grid.x1_max = 1.5;
  grid.x2_max = 1.0;
  const auto map = trainer.map(grid);
  ASSERT_EQ(map.probability.size(), 35u);
  ASSERT_EQ(map.units.size(), 4u * 35u);
  // Cell (row 4, column 6) is (x1Max, x2Max) exactly; row 0, column 0 is (x1Min, x2Min).
  EXPECT_EQ(map.probability[34], trainer.predict(1.5, 1.0));
  EXPECT_EQ(map.probability[0], trainer.predict(-1.5, -2.0));
  // One point or many, the same bits.
  EXPECT_EQ(trainer.predict(std::vector<double>{1.5, 1.0, -0.3, 0.2})[1], trainer.predict(-0.3, 0.2));
  const auto& p = trainer.parameters();
  const double z = (0.0 + -1.5 * p.W1[2] + -2.0 * p.W1[4 + 2]) + p.b1[2];
  EXPECT_EQ(map.units[2 * 35], one_neuron::network::sigmoid(z));
  grid.columns = 401;
  EXPECT_EQ(message_of([&] { trainer.map(grid); }), "columns: must be a whole number from 2 to 400, got 401");
  grid.columns = 7;
  grid.x2_max = -3;
  EXPECT_EQ(message_of([&] { trainer.map(grid); }), "x2Max: must be greater than x2Min (-2), got -3");
  grid.x1_min = -2e6;
  EXPECT_EQ(message_of([&] { trainer.map(grid); }), "x1Min: must be a finite number from -1e6 to 1e6, got -2000000");
}

TEST(Network, OnePointsForwardAndBackwardPass) {
  Trainer trainer(with(3, "relu"));
  trainer.train(50);
  const auto e = trainer.example(7);
  EXPECT_EQ(e.x1, trainer.points().inputs[14]);
  EXPECT_EQ(e.probability, trainer.predict(e.x1, e.x2));
  EXPECT_EQ(e.probability, one_neuron::network::sigmoid(e.z2));
  ASSERT_EQ(e.h.size(), 3u);
  for (std::size_t unit = 0; unit < 3; ++unit) {
    EXPECT_EQ(e.h[unit], e.z1[unit] > 0 ? e.z1[unit] : 0.0);
    EXPECT_EQ(e.sent_back[unit], e.z1[unit] > 0 ? e.error * trainer.parameters().W2[unit] : 0.0);
  }
  EXPECT_EQ(e.error, e.probability - e.label);
  EXPECT_EQ(message_of([&] { trainer.example(-1); }), "row: must be a whole number from 0 to 199, got -1");
  EXPECT_EQ(message_of([&] { trainer.predict(0, NAN); }), "test: must be a finite number from -1e6 to 1e6, got nan");
}

}  // namespace

TEST(Network, AGivenStartIsWhereTrainingBeginsAndTheSeedsOwnDrawsGiveTheSameRun) {
  Config seeded = with(4, "relu");
  seeded.seed = 7;
  Trainer drawn(seeded);
  const auto& p = drawn.initial();
  std::vector<double> start(p.W1);
  start.insert(start.end(), p.b1.begin(), p.b1.end());
  start.insert(start.end(), p.W2.begin(), p.W2.end());
  start.push_back(p.b2);
  ASSERT_EQ(start.size(), 17u);

  Config given = with(4, "relu");
  given.seed = 1234;  // ignored: the start is given
  given.start = start;
  Trainer from_start(given);
  drawn.train(500);
  from_start.train(500);
  EXPECT_EQ(from_start.parameters().W1, drawn.parameters().W1);
  EXPECT_EQ(from_start.parameters().W2, drawn.parameters().W2);
  EXPECT_EQ(from_start.parameters().b2, drawn.parameters().b2);
  EXPECT_EQ(from_start.last().loss, drawn.last().loss);

  // The order is W1 (row by row), b1, W2, b2.
  std::vector<double> mine(17, 0.0);
  mine[1] = 0.5;    // W1: x1 -> unit 2
  mine[8] = -0.25;  // b1 of unit 1
  mine[12] = 2.0;   // W2 of unit 1
  mine[16] = 3.0;   // b2
  given.start = mine;
  Trainer own(given);
  EXPECT_EQ(own.initial().W1[1], 0.5);
  EXPECT_EQ(own.initial().b1[0], -0.25);
  EXPECT_EQ(own.initial().W2[0], 2.0);
  EXPECT_EQ(own.initial().b2, 3.0);
  own.train(10);
  own.reset();
  EXPECT_EQ(own.parameters().W1, own.initial().W1);  // reset goes back to the given start
}

TEST(Network, ABadStartIsRefusedNamingStart) {
  const auto message = [](double hidden, std::vector<double> start) {
    Config config = with(hidden);
    config.start = std::move(start);
    try {
      Trainer trainer(config);
    } catch (const std::invalid_argument& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(message(1, {1, 2, 3}), "start: must list W1, b1, W2 and b2 (5 numbers for 1 hidden unit), got 3 numbers");
  EXPECT_EQ(message(0, {}), "start: must list W2 and b2 (3 numbers with no hidden layer), got 0 numbers");
  EXPECT_EQ(message(0, {0, 0, NAN}), "start: value 3 is nan; each must be a finite number from -1e6 to 1e6");
  EXPECT_EQ(message(0, {0, -1e6, 1e6}), "accepted");
  EXPECT_EQ(message(0, {0, std::nextafter(1e6, 2e6), 0}).substr(0, 17), "start: value 2 is");
}

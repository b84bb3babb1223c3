// The network engine's contract and the post's argument in numbers; network_golden_test.cpp checks
// parity with reference_network.py.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

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

}  // namespace

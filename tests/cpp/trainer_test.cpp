// The Trainer against the post's NumPy run (golden-seed-case.json), and its contract.
#include "neuron/trainer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "golden.hpp"

namespace {

using one_neuron::Trainer;
using one_neuron::TrainerConfig;

void expect_relative(double actual, double expected, const std::string& what) {
  EXPECT_LE(std::fabs(actual - expected), 1e-12 * std::fabs(expected)) << what << ": " << actual << " vs " << expected;
}

TEST(Trainer, ReproducesThePostsRunFromTheNumpyGoldenFile) {
  const std::string json = golden::read_file("golden-seed-case.json");
  Trainer trainer(TrainerConfig{});
  EXPECT_EQ(trainer.initial_weight(), golden::number(json, "initial_weight"));
  EXPECT_EQ(trainer.initial_weight(), 0.4967141530112327);
  trainer.train(5000);

  const std::vector<double> losses = golden::numbers(json, "losses");
  ASSERT_EQ(losses.size(), 5000u);
  const auto& history = trainer.history().values();
  ASSERT_EQ(history.size(), 5000u);
  for (std::size_t i = 0; i < losses.size(); ++i) expect_relative(history[i], losses[i], "loss " + std::to_string(i));

  expect_relative(trainer.weight(), 4.2483439133004515, "weight");
  expect_relative(trainer.bias(), -10.419463382225501, "bias");
  expect_relative(trainer.weight(), golden::number(json, "weight"), "weight (file)");
  const std::vector<double> hours = golden::numbers(json, "test_hours");
  const std::vector<double> predictions = golden::numbers(json, "predictions");
  const std::vector<double> actual = trainer.predict(hours);
  for (std::size_t i = 0; i < hours.size(); ++i) expect_relative(actual[i], predictions[i], "prediction");
  EXPECT_EQ(trainer.epoch(), 5000u);
  EXPECT_EQ(trainer.last().loss, history.back());
}

TEST(Trainer, StepByStepEqualsTrainInOneCall) {
  Trainer a(TrainerConfig{});
  Trainer b(TrainerConfig{});
  a.train(1234);
  for (int i = 0; i < 1234; ++i) b.step();
  EXPECT_EQ(a.weight(), b.weight());
  EXPECT_EQ(a.bias(), b.bias());
  EXPECT_EQ(a.history().values(), b.history().values());
}

TEST(Trainer, ResetReturnsToTheSameStart) {
  Trainer trainer(TrainerConfig{});
  trainer.train(100);
  const double weight = trainer.weight();
  trainer.reset();
  EXPECT_EQ(trainer.epoch(), 0u);
  EXPECT_EQ(trainer.weight(), 0.4967141530112327);
  EXPECT_EQ(trainer.bias(), 0.0);
  EXPECT_TRUE(trainer.history().values().empty());
  trainer.train(100);
  EXPECT_EQ(trainer.weight(), weight);
}

TEST(Trainer, PredictAndEvaluateHaveNoSideEffects) {
  Trainer trainer(TrainerConfig{});
  trainer.train(10);
  const double weight = trainer.weight();
  const auto next = trainer.evaluate();
  EXPECT_GT(trainer.predict(6.0), trainer.predict(1.0));
  EXPECT_EQ(trainer.weight(), weight);
  EXPECT_EQ(trainer.epoch(), 10u);
  trainer.step();
  EXPECT_EQ(trainer.last().loss, next.loss);
  EXPECT_EQ(trainer.last().weight_gradient, next.weight_gradient);
}

TEST(Trainer, InitialWeightAndBiasCanBeGiven) {
  TrainerConfig config;
  config.initial_weight = 0.5;
  config.initial_bias = 0.1;
  Trainer trainer(config);
  EXPECT_EQ(trainer.weight(), 0.5);
  EXPECT_EQ(trainer.bias(), 0.1);
  // The post's worked example: x = 4 gives z = 2.1, sigma about 0.89.
  EXPECT_NEAR(trainer.predict(4), 0.8909, 1e-4);
}

TEST(Trainer, OtherSeedsStartFromNumpysDraw) {
  TrainerConfig config;
  config.seed = 0;
  EXPECT_EQ(Trainer(config).initial_weight(), 1.764052345967664);
}

std::string message_of(const TrainerConfig& config) {
  try {
    Trainer trainer(config);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Trainer, RejectsBadConfigWithMessagesNamingTheField) {
  TrainerConfig config;
  config.hours = {};
  config.labels = {};
  EXPECT_EQ(message_of(config), "hours: must have at least one value");

  config = TrainerConfig{};
  config.hours = {1, 2, NAN};
  config.labels = {0, 1, 1};
  EXPECT_EQ(message_of(config), "hours: value 3 is nan; each must be a finite number from -1e6 to 1e6");

  config = TrainerConfig{};
  config.hours = {1, 2e6};
  config.labels = {0, 1};
  EXPECT_EQ(message_of(config), "hours: value 2 is 2e+06; each must be a finite number from -1e6 to 1e6");

  config = TrainerConfig{};
  config.labels = {0, 1};
  EXPECT_EQ(message_of(config), "labels: must have one label per hours value (5), got 2");

  config = TrainerConfig{};
  config.labels = {0, 0, 0.5, 1, 1};
  EXPECT_EQ(message_of(config), "labels: value 3 is 0.5; each must be 0 (fail) or 1 (pass)");

  for (double rate : {0.0, -0.1, 101.0, double(INFINITY), double(NAN)}) {
    config = TrainerConfig{};
    config.learning_rate = rate;
    EXPECT_EQ(message_of(config).rfind("lr: must be a number greater than 0 and at most 100, got ", 0), 0u) << rate;
  }

  for (double seed : {-1.0, 4294967296.0, 1.5, double(NAN)}) {
    config = TrainerConfig{};
    config.seed = seed;
    EXPECT_EQ(message_of(config).rfind("seed: must be a whole number from 0 to 4294967295, got ", 0), 0u) << seed;
  }

  config = TrainerConfig{};
  config.initial_weight = INFINITY;
  EXPECT_EQ(message_of(config), "w0: must be a finite number from -1e6 to 1e6, got inf");
  config = TrainerConfig{};
  config.initial_bias = -2e6;
  EXPECT_EQ(message_of(config), "b0: must be a finite number from -1e6 to 1e6, got -2e+06");
}

TEST(Trainer, RejectsBadEpochsAndTestHours) {
  Trainer trainer(TrainerConfig{});
  for (double epochs : {-1.0, 2.5, 1e7 + 1, double(NAN), double(INFINITY)}) {
    try {
      trainer.train(epochs);
      ADD_FAILURE() << "no error for " << epochs;
    } catch (const std::invalid_argument& e) {
      EXPECT_EQ(std::string(e.what()).rfind("epochs: must be a whole number from 0 to 10000000, got ", 0), 0u);
    }
  }
  EXPECT_EQ(trainer.epoch(), 0u);
  EXPECT_THROW(trainer.predict(NAN), std::invalid_argument);
  EXPECT_THROW(trainer.predict(std::vector<double>{1, INFINITY}), std::invalid_argument);
}

TEST(Trainer, ExtremeButValidInputsStayFinite) {
  // The largest hours, the largest rate and a long run: weights grow but never overflow.
  TrainerConfig config;
  config.hours = {-1e6, 1e6, 3, -3};
  config.labels = {1, 0, 0, 1};
  config.learning_rate = 100;
  config.initial_weight = 1e6;
  config.initial_bias = -1e6;
  Trainer trainer(config);
  trainer.train(100000);
  EXPECT_TRUE(std::isfinite(trainer.weight()));
  EXPECT_TRUE(std::isfinite(trainer.bias()));
  EXPECT_TRUE(std::isfinite(trainer.last().loss));
  EXPECT_TRUE(std::isfinite(trainer.predict(1e6)));
}

}  // namespace

// The hostile-input matrix at the engine's own entry point (the other layers' tables are in
// tests/hostile-inputs.mjs and tests/node/robustness.test.mjs): each value refused, the field named.
struct HostileCase {
  const char* what;
  void (*apply)(TrainerConfig&);
  const char* message_prefix;
};

const HostileCase kHostileCases[] = {
    {"NaN hours", [](TrainerConfig& c) { c.hours[0] = NAN; }, "hours: value 1 is nan;"},
    {"+inf hours", [](TrainerConfig& c) { c.hours[4] = INFINITY; }, "hours: value 5 is inf;"},
    {"huge hours", [](TrainerConfig& c) { c.hours[1] = 1e300; }, "hours: value 2 is 1e+300;"},
    {"tiny hours ok", [](TrainerConfig& c) { c.hours[1] = 1e-320; }, ""},
    {"no hours",
     [](TrainerConfig& c) {
       c.hours.clear();
       c.labels.clear();
     },
     "hours: must have at least one value"},
    {"100,000 rows ok",
     [](TrainerConfig& c) {
       c.hours.assign(100000, 2.0);
       c.labels.assign(100000, 1.0);
     },
     ""},
    {"1,000,001 rows",
     [](TrainerConfig& c) {
       c.hours.assign(1000001, 2.0);
       c.labels.assign(1000001, 1.0);
     },
     "hours: must have at most 1000000 values"},
    {"labels short", [](TrainerConfig& c) { c.labels.pop_back(); }, "labels: must have one label per hours value"},
    {"label 2", [](TrainerConfig& c) { c.labels[0] = 2; }, "labels: value 1 is 2;"},
    {"label -0.0 ok", [](TrainerConfig& c) { c.labels[0] = -0.0; }, ""},
    {"label NaN", [](TrainerConfig& c) { c.labels[0] = NAN; }, "labels: value 1 is nan;"},
    {"zero rate", [](TrainerConfig& c) { c.learning_rate = 0; }, "lr: must be"},
    {"negative rate", [](TrainerConfig& c) { c.learning_rate = -0.1; }, "lr: must be"},
    {"-inf rate", [](TrainerConfig& c) { c.learning_rate = -INFINITY; }, "lr: must be"},
    {"tiny rate ok", [](TrainerConfig& c) { c.learning_rate = 1e-320; }, ""},
    {"huge rate", [](TrainerConfig& c) { c.learning_rate = 1e300; }, "lr: must be"},
    {"negative seed", [](TrainerConfig& c) { c.seed = -1; }, "seed: must be"},
    {"seed 2^32", [](TrainerConfig& c) { c.seed = 4294967296.0; }, "seed: must be"},
    {"seed 0.5", [](TrainerConfig& c) { c.seed = 0.5; }, "seed: must be"},
    {"seed inf", [](TrainerConfig& c) { c.seed = INFINITY; }, "seed: must be"},
    {"w0 NaN", [](TrainerConfig& c) { c.initial_weight = NAN; }, "w0: must be"},
    {"b0 huge", [](TrainerConfig& c) { c.initial_bias = 1e300; }, "b0: must be"},
};

TEST(Trainer, HostileInputMatrix) {
  for (const HostileCase& hostile : kHostileCases) {
    TrainerConfig config;
    hostile.apply(config);
    const std::string message = message_of(config);
    if (hostile.message_prefix[0] == '\0') {
      EXPECT_EQ(message, "(no error)") << hostile.what;
    } else {
      EXPECT_EQ(message.rfind(hostile.message_prefix, 0), 0u) << hostile.what << ": " << message;
    }
  }
}

namespace {

using one_neuron::validate;

std::string validate_message(const TrainerConfig& config, std::optional<double> epochs = std::nullopt,
                             std::optional<std::vector<double>> test = std::nullopt) {
  try {
    validate(config, epochs, test);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

TEST(Trainer, ExampleIsOneRowsShareAtTheCurrentWeights) {
  Trainer trainer(TrainerConfig{});
  const double w0 = trainer.initial_weight();
  const one_neuron::Example first = trainer.example(3);  // 4 hours, passed
  EXPECT_EQ(first.hours, 4.0);
  EXPECT_EQ(first.label, 1.0);
  EXPECT_EQ(first.z, w0 * 4.0);  // bias 0 at the start
  EXPECT_EQ(first.probability, trainer.predict(4.0));
  EXPECT_EQ(first.loss_term, one_neuron::loss_term(1.0, first.probability));
  EXPECT_EQ(first.error, first.probability - 1.0);
  EXPECT_EQ(first.weight_part, first.error * 4.0 / 5.0);
  EXPECT_EQ(first.bias_part, first.error / 5.0);

  trainer.train(5000);
  double dw = 0.0;
  double db = 0.0;
  double loss = 0.0;
  for (int row = 0; row < 5; ++row) {
    const one_neuron::Example e = trainer.example(row);
    EXPECT_EQ(e.probability, trainer.predict(trainer.config().hours[row])) << row;
    EXPECT_EQ(e.z, trainer.config().hours[row] * trainer.weight() + trainer.bias()) << row;
    dw += e.weight_part;
    db += e.bias_part;
    loss += e.loss_term / 5.0;
  }
  // The shares add up to the gradients (evaluate() sums in NumPy's order, so up to rounding).
  const one_neuron::Evaluation now = trainer.evaluate();
  EXPECT_NEAR(dw, now.weight_gradient, 1e-15);
  EXPECT_NEAR(db, now.bias_gradient, 1e-15);
  EXPECT_NEAR(loss, now.loss, 1e-12);
}

TEST(Trainer, ExampleRefusesRowsOutOfRangeByName) {
  Trainer trainer(TrainerConfig{});
  for (double row : {-1.0, 5.0, 1.5, double(NAN), double(INFINITY), 4294967296.0}) {
    try {
      trainer.example(row);
      ADD_FAILURE() << "no error for " << row;
    } catch (const std::invalid_argument& e) {
      EXPECT_EQ(std::string(e.what()).rfind("row: must be a whole number from 0 to 4, got ", 0), 0u) << e.what();
    }
  }
}

TEST(Trainer, NextUpdateIsWhatStepGivesBitForBit) {
  TrainerConfig config;
  config.hours = {0.3, -2.5, 7.25, 1e-3, 4.0, 9.5, -0.75};
  config.labels = {0, 0, 1, 0, 1, 1, 0};
  config.learning_rate = 0.37;
  for (Trainer trainer : {Trainer(TrainerConfig{}), Trainer(config)}) {
    for (int i = 0; i < 2000; ++i) {
      const one_neuron::Update next = trainer.next_update();
      const one_neuron::Evaluation now = trainer.evaluate();
      EXPECT_TRUE(same_bits(next.evaluation.loss, now.loss));
      trainer.step();
      ASSERT_TRUE(same_bits(next.weight, trainer.weight())) << i;
      ASSERT_TRUE(same_bits(next.bias, trainer.bias())) << i;
      ASSERT_TRUE(same_bits(next.evaluation.weight_gradient, trainer.last().weight_gradient)) << i;
    }
  }
}

// train() keeps the evaluation at the weights it ends on; a page reads it after every chunk. The
// kept numbers must be those a fresh evaluation gives, and chunks must train as one call does.
TEST(Trainer, TheEvaluationTrainKeepsIsAFreshOneBitForBit) {
  TrainerConfig config;
  config.hours = {0.3, -2.5, 7.25, 1e-3, 4.0, 9.5, -0.75};
  config.labels = {0, 0, 1, 0, 1, 1, 0};
  for (const TrainerConfig& c : {TrainerConfig{}, config}) {
    Trainer chunked(c);
    Trainer whole(c);
    whole.train(3000);
    for (int chunk = 1; chunked.epoch() < 3000; chunk = chunk % 7 + 1) {
      chunked.train(std::min<double>(chunk, 3000.0 - static_cast<double>(chunked.epoch())));
      const one_neuron::Evaluation kept = chunked.evaluate();
      const one_neuron::Evaluation fresh = one_neuron::evaluate(c.hours, c.labels, chunked.weight(), chunked.bias());
      ASSERT_TRUE(same_bits(kept.loss, fresh.loss)) << chunked.epoch();
      ASSERT_TRUE(same_bits(kept.weight_gradient, fresh.weight_gradient)) << chunked.epoch();
      ASSERT_TRUE(same_bits(kept.bias_gradient, fresh.bias_gradient)) << chunked.epoch();
      if (chunk == 3 && chunked.epoch() < 3000) chunked.step();  // a step after a kept evaluation, too
    }
    EXPECT_TRUE(same_bits(chunked.weight(), whole.weight()));
    EXPECT_TRUE(same_bits(chunked.bias(), whole.bias()));
    EXPECT_EQ(chunked.history().values(), whole.history().values());
    chunked.reset();  // and nothing kept survives a reset
    const one_neuron::Evaluation start = chunked.evaluate();
    EXPECT_TRUE(same_bits(start.loss, one_neuron::evaluate(c.hours, c.labels, chunked.weight(), chunked.bias()).loss));
  }
}

TEST(Trainer, ValidateMakesTheSameChecksAsTheTrainerWithoutOne) {
  EXPECT_EQ(validate_message(TrainerConfig{}, 5000, std::vector<double>{1.5, 2.5, 3.5, 6.0}), "(no error)");
  // Each config the constructor refuses, validate() refuses with the same message.
  std::vector<TrainerConfig> bad(7);
  bad[0].hours = {};
  bad[1].labels = {0, 1};
  bad[2].learning_rate = 0;
  bad[3].seed = -1;
  bad[4].initial_weight = NAN;
  bad[5].initial_bias = 2e6;
  bad[6].hours = {1, 2, 3, 4, 1e7};
  for (const TrainerConfig& config : bad) {
    const std::string message = validate_message(config);
    EXPECT_NE(message, "(no error)");
    EXPECT_EQ(message, message_of(config));
  }
  EXPECT_EQ(validate_message(TrainerConfig{}, 2.5), "epochs: must be a whole number from 0 to 10000000, got 2.5");
  EXPECT_EQ(validate_message(TrainerConfig{}, 0, std::vector<double>{}), "test: must have at least one value");
  EXPECT_EQ(validate_message(TrainerConfig{}, 0, std::vector<double>{1, 2e6}),
            "test: value 2 is 2e+06; each must be a finite number from -1e6 to 1e6");
  // The config's checks come first, in the constructor's order.
  TrainerConfig both;
  both.learning_rate = 0;
  both.seed = 0.5;
  EXPECT_EQ(validate_message(both, -1).rfind("lr: ", 0), 0u);
}

}  // namespace

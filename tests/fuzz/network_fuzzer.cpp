// libFuzzer target over the network engine (cpp/engine/network/): validate(), the Trainer's
// constructor, step, train, predict, evaluate, accuracy, the map, the collapsed line, one point's
// pass and reset, fed with arbitrary configs within and beyond the limits (NaN, infinities, huge,
// tiny, each bound and just past it). Properties checked on every input, beyond "no crash, no
// sanitizer report":
//  - a refused value throws std::invalid_argument whose message starts with a known field name, and
//    validate() refuses exactly what the constructor refuses, with the same message;
//  - an accepted config trains with every weight, bias, loss and probability finite; a refused step
//    (naming lr) leaves the trainer at the epoch and weights it had.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "network/trainer.hpp"

namespace {

using one_neuron::network::Config;
using one_neuron::network::Trainer;

double pick_double(FuzzedDataProvider& in) {
  static const double kSpecial[] = {0.0,
                                    -0.0,
                                    1.0,
                                    0.5,
                                    std::numeric_limits<double>::quiet_NaN(),
                                    std::numeric_limits<double>::infinity(),
                                    -std::numeric_limits<double>::infinity(),
                                    1e6,
                                    -1e6,
                                    std::nextafter(1e6, 2e6),
                                    16.0,
                                    17.0,
                                    100.0,
                                    std::nextafter(100.0, 200.0),
                                    1e5,
                                    100001.0,
                                    4294967295.0,
                                    4294967296.0,
                                    1e7,
                                    1e20,
                                    1e308,
                                    std::numeric_limits<double>::denorm_min(),
                                    -1.0};
  switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0:
      return kSpecial[in.ConsumeIntegralInRange<std::size_t>(0, std::size(kSpecial) - 1)];
    case 1:
      return static_cast<double>(in.ConsumeIntegralInRange<int>(-10, 20));
    default:
      return in.ConsumeFloatingPoint<double>();
  }
}

[[noreturn]] void violated(const std::string& what) {
  std::fprintf(stderr, "property violated: %s\n", what.c_str());
  std::abort();
}

bool names_a_field(const std::string& message) {
  for (const char* field :
       {"dataset: ", "points: ", "dataSeed: ", "noise: ", "data: ", "hidden: ", "activation: ", "lr: ", "seed: ",
        "start: ", "epochs: ", "test: ", "x1Min: ", "x1Max: ", "x2Min: ", "x2Max: ", "columns: ", "rows: ", "row: "}) {
    if (message.rfind(field, 0) == 0) return true;
  }
  return false;
}

void require_finite(const Trainer& trainer) {
  const auto& p = trainer.parameters();
  bool finite = std::isfinite(p.b2) && std::isfinite(trainer.last().loss);
  for (const auto* values : {&p.W1, &p.b1, &p.W2}) {
    for (double value : *values) finite = finite && std::isfinite(value);
  }
  if (!finite) violated("non-finite state at epoch " + std::to_string(trainer.epoch()));
}

void require_probability(double p) {
  if (!(p >= 0.0 && p <= 1.0)) violated("probability outside [0, 1]");
}

Config config_of(FuzzedDataProvider& in) {
  static const char* const kNames[] = {"ring", "xor", "clusters", "sigmoid", "linear", "tanh", "relu", "", "Ring"};
  const auto name = [&] { return std::string(kNames[in.ConsumeIntegralInRange<std::size_t>(0, 8)]); };
  Config config;
  config.dataset = name();
  // Mostly small data sets, so each input stays fast; sometimes any number.
  config.points = in.ConsumeBool() ? in.ConsumeIntegralInRange(0, 40) : pick_double(in);
  if (in.ConsumeBool() && config.points > 300) config.points = 300;
  config.data_seed = in.ConsumeBool() ? static_cast<double>(in.ConsumeIntegral<std::uint32_t>()) : pick_double(in);
  config.noise = in.ConsumeBool() ? in.ConsumeProbability<double>() : pick_double(in);
  if (in.ConsumeBool()) {
    std::vector<double> data(in.ConsumeIntegralInRange<std::size_t>(0, 31));
    for (double& value : data) value = in.ConsumeBool() ? static_cast<double>(in.ConsumeBool()) : pick_double(in);
    config.data = data;
  }
  config.hidden = in.ConsumeBool() ? in.ConsumeIntegralInRange(-1, 17) : pick_double(in);
  config.activation = name();
  config.learning_rate = pick_double(in);
  config.seed = in.ConsumeBool() ? static_cast<double>(in.ConsumeIntegral<std::uint32_t>()) : pick_double(in);
  if (in.ConsumeBool()) {
    // Starting weights: often the right count for a small layer (4 x hidden + 1, or 3), sometimes not.
    const std::size_t right =
        config.hidden >= 1 && config.hidden <= 16 ? 4 * static_cast<std::size_t>(config.hidden) + 1 : 3;
    std::vector<double> start(in.ConsumeBool() ? right : in.ConsumeIntegralInRange<std::size_t>(0, 70));
    for (double& value : start) value = in.ConsumeBool() ? in.ConsumeFloatingPointInRange(-5.0, 5.0) : pick_double(in);
    config.start = start;
  }
  return config;
}

// One of the trainer's operations, chosen by the input.
void operate(FuzzedDataProvider& in, Trainer& trainer) {
  switch (in.ConsumeIntegralInRange(0, 8)) {
    case 0: {
      const auto epoch = trainer.epoch();
      const auto W2 = trainer.parameters().W2;
      try {
        trainer.step();
      } catch (const std::invalid_argument&) {
        if (trainer.epoch() != epoch || trainer.parameters().W2 != W2) violated("a refused step changed the state");
        throw;
      }
      break;
    }
    case 1: {
      // Check the raw count, then train at most 100 epochs so each input stays fast.
      const double epochs = pick_double(in);
      one_neuron::network::validate(trainer.config(), epochs);
      trainer.train(std::fmod(epochs, 100.0));
      break;
    }
    case 2:
      require_probability(trainer.predict(pick_double(in), pick_double(in)));
      break;
    case 3: {
      std::vector<double> test(in.ConsumeIntegralInRange<std::size_t>(0, 9));
      for (double& value : test) value = pick_double(in);
      for (double p : trainer.predict(test)) require_probability(p);
      break;
    }
    case 4:
      if (!std::isfinite(trainer.evaluate().loss)) violated("non-finite evaluate()");
      if (!(trainer.accuracy() >= 0.0 && trainer.accuracy() <= 1.0)) violated("accuracy outside [0, 1]");
      break;
    case 5: {
      one_neuron::network::MapGrid grid;
      grid.x1_min = pick_double(in);
      grid.x1_max = pick_double(in);
      grid.x2_min = pick_double(in);
      grid.x2_max = pick_double(in);
      grid.columns = in.ConsumeIntegralInRange(-1, 12);
      grid.rows = in.ConsumeBool() ? in.ConsumeIntegralInRange(-1, 12) : pick_double(in);
      const auto map = trainer.map(grid);
      for (double p : map.probability) require_probability(p);
      for (double h : map.units) {
        if (!std::isfinite(h)) violated("non-finite unit activation on the map");
      }
      break;
    }
    case 6: {
      const double row = in.ConsumeBool() ? in.ConsumeIntegralInRange<int>(-1, 41) : pick_double(in);
      const auto e = trainer.example(row);
      if (e.probability != trainer.predict(e.x1, e.x2)) violated("example() disagrees with predict()");
      if (!std::isfinite(e.loss_term) || !std::isfinite(e.z2)) violated("non-finite example()");
      break;
    }
    case 7:
      if (const auto line = trainer.line()) {
        if (!std::isfinite(line->w1) || !std::isfinite(line->w2) || !std::isfinite(line->bias)) {
          violated("non-finite collapsed line");
        }
      }
      break;
    default:
      trainer.reset();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const Config config = config_of(in);
  std::string refused;
  try {
    one_neuron::network::validate(config);
  } catch (const std::invalid_argument& e) {
    refused = e.what();
  }
  try {
    Trainer trainer(config);
    if (!refused.empty()) violated("validate() refused a config the trainer accepts: " + refused);
    for (int operations = 0; in.remaining_bytes() > 0 && operations < 64; ++operations) {
      try {
        operate(in, trainer);
      } catch (const std::invalid_argument& e) {
        if (!names_a_field(e.what())) violated(std::string("message names no field: ") + e.what());
      }
      require_finite(trainer);
    }
  } catch (const std::invalid_argument& e) {
    if (!names_a_field(e.what())) violated(std::string("message names no field: ") + e.what());
    if (refused != e.what()) violated("validate() and the trainer disagree: " + refused + " / " + e.what());
  }
  return 0;
}

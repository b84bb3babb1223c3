// libFuzzer target over the engine's entry points: the Trainer's validation (constructor), step,
// train, predict, evaluate, reset and the loss landscape, fed with arbitrary doubles (NaN, infinities, huge, tiny,
// edges). Properties checked on every input, beyond "no crash, no sanitizer report":
//  - a rejected config throws std::invalid_argument whose message starts with a known field name;
//  - an accepted one trains without ever producing a non-finite weight, bias, loss or probability.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

#include "common/limits.hpp"
#include "neuron/landscape.hpp"
#include "neuron/trainer.hpp"

namespace {

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
                                    100.0,
                                    std::nextafter(100.0, 200.0),
                                    4294967295.0,
                                    4294967296.0,
                                    1e7,
                                    1e308,
                                    std::numeric_limits<double>::denorm_min(),
                                    -1.0};
  switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0:
      return kSpecial[in.ConsumeIntegralInRange<std::size_t>(0, std::size(kSpecial) - 1)];
    case 1:
      return static_cast<double>(in.ConsumeIntegralInRange<int>(-10, 10));
    default:
      return in.ConsumeFloatingPoint<double>();
  }
}

[[noreturn]] void violated(const std::string& what) {
  std::fprintf(stderr, "property violated: %s\n", what.c_str());
  std::abort();
}

void require_finite(const one_neuron::Trainer& trainer) {
  if (!std::isfinite(trainer.weight()) || !std::isfinite(trainer.bias()) || !std::isfinite(trainer.last().loss)) {
    violated("non-finite state at epoch " + std::to_string(trainer.epoch()));
  }
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

bool names_a_field(const std::string& message) {
  for (const char* field : {"hours: ", "labels: ", "lr: ", "seed: ", "w0: ", "b0: ", "epochs: ", "test: ",
                            "weightMin: ", "weightMax: ", "biasMin: ", "biasMax: ", "columns: ", "rows: ", "row: "}) {
    if (message.rfind(field, 0) == 0) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  one_neuron::TrainerConfig config;
  const std::size_t rows = in.ConsumeIntegralInRange<std::size_t>(0, 24);
  const std::size_t labels = in.ConsumeBool() ? rows : in.ConsumeIntegralInRange<std::size_t>(0, 24);
  config.hours.clear();
  config.labels.clear();
  for (std::size_t i = 0; i < rows; ++i) config.hours.push_back(pick_double(in));
  for (std::size_t i = 0; i < labels; ++i)
    config.labels.push_back(in.ConsumeBool() ? in.ConsumeBool() : pick_double(in));
  config.learning_rate = pick_double(in);
  config.seed = in.ConsumeBool() ? static_cast<double>(in.ConsumeIntegral<std::uint32_t>()) : pick_double(in);
  if (in.ConsumeBool()) config.initial_weight = pick_double(in);
  if (in.ConsumeBool()) config.initial_bias = pick_double(in);

  // validate() refuses exactly the configs the constructor refuses, with the same message.
  std::string refused;
  try {
    one_neuron::validate(config);
  } catch (const std::invalid_argument& e) {
    refused = e.what();
  }

  try {
    one_neuron::Trainer trainer(config);
    if (!refused.empty()) violated("validate() refused a config the trainer accepts: " + refused);
    require_finite(trainer);
    while (in.remaining_bytes() > 0) {
      try {
        switch (in.ConsumeIntegralInRange(0, 7)) {
          case 0:
            trainer.step();
            break;
          case 1: {
            // Validate the raw count, then train at most 300 epochs so each input stays fast.
            const double epochs = pick_double(in);
            one_neuron::limits::check_epochs(epochs);
            trainer.train(std::fmod(epochs, 300.0));
            break;
          }
          case 2: {
            const double p = trainer.predict(pick_double(in));
            if (!(p >= 0.0 && p <= 1.0)) violated("probability outside [0, 1]");
            break;
          }
          case 3:
            if (!std::isfinite(trainer.evaluate().loss)) violated("non-finite evaluate()");
            break;
          case 4: {
            // A small grid (up to 12 x 12) so each input stays fast; the ends are arbitrary doubles.
            one_neuron::Grid grid;
            grid.columns.min = pick_double(in);
            grid.columns.max = pick_double(in);
            grid.rows.min = pick_double(in);
            grid.rows.max = pick_double(in);
            grid.columns.count = in.ConsumeIntegralInRange(-1, 12);
            grid.rows.count = in.ConsumeIntegralInRange(-1, 12);
            for (double loss : one_neuron::loss_landscape(trainer.config().hours, trainer.config().labels, grid)) {
              if (!std::isfinite(loss)) violated("non-finite loss on the landscape");
            }
            break;
          }
          case 5: {
            // One example: its probability is predict()'s, its error and shares are finite.
            const double row = in.ConsumeBool() ? in.ConsumeIntegralInRange<int>(-1, 25) : pick_double(in);
            const one_neuron::Example e = trainer.example(row);
            if (e.probability != trainer.predict(e.hours)) violated("example() disagrees with predict()");
            if (!std::isfinite(e.loss_term) || !std::isfinite(e.weight_part) || !std::isfinite(e.bias_part)) {
              violated("non-finite example()");
            }
            break;
          }
          case 6: {
            // The announced update is what step() does, bit for bit.
            const one_neuron::Update next = trainer.next_update();
            trainer.step();
            if (!same_bits(next.weight, trainer.weight()) || !same_bits(next.bias, trainer.bias())) {
              violated("next_update() differs from step()");
            }
            break;
          }
          default:
            trainer.reset();
        }
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

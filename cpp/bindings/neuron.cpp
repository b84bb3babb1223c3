// The neuron's bindings: a Trainer (cpp/engine/neuron/trainer.hpp) as a handle and one function per
// method, each named neuron...; web/src/engine/neuron.js wraps them into a trainer object and
// checks every argument's type first.
#include <cmath>
#include <optional>
#include <utility>

#include "bindings/common.hpp"
#include "neuron/landscape.hpp"
#include "neuron/trainer.hpp"

namespace one_neuron::bindings {
namespace {

Trainer& trainer_at(Handle handle) { return object_at<Trainer>(handle); }

// config: { hours?, labels?, lr?, seed?, w0?, b0? }; a missing field keeps TrainerConfig's default
// (the post's run).
TrainerConfig config_of(const val& config) {
  TrainerConfig c;
  if (auto hours = numbers_at(config, "hours")) c.hours = std::move(*hours);
  if (auto labels = numbers_at(config, "labels")) c.labels = std::move(*labels);
  if (auto lr = number_at(config, "lr")) c.learning_rate = *lr;
  if (auto seed = number_at(config, "seed")) c.seed = *seed;
  c.initial_weight = number_at(config, "w0");
  c.initial_bias = number_at(config, "b0");
  return c;
}

Handle create(val config) {
  return guarded([&] { return handle_of(new Trainer(config_of(config))); });
}
void destroy(Handle t) { delete &trainer_at(t); }

// The trainer's checks and, when given, epochs' and test's, without a trainer.
void validate(val config) {
  guarded([&] { one_neuron::validate(config_of(config), number_at(config, "epochs"), numbers_at(config, "test")); });
}

void train(Handle t, double epochs) {
  guarded([&] { trainer_at(t).train(epochs); });
}
void step(Handle t) {
  guarded([&] { trainer_at(t).step(); });
}
void reset(Handle t) { trainer_at(t).reset(); }
double predict(Handle t, double hours) {
  return guarded([&] { return trainer_at(t).predict(hours); });
}
val predict_many(Handle t, val hours) {
  return guarded([&] { return copy_out(trainer_at(t).predict(numbers(hours))); });
}

// Loss and gradients at the current weights, and where the next step goes.
val evaluate(Handle t) {
  const Update next = trainer_at(t).next_update();
  val result = val::object();
  result.set("loss", next.evaluation.loss);
  result.set("weightGradient", next.evaluation.weight_gradient);
  result.set("biasGradient", next.evaluation.bias_gradient);
  result.set("nextWeight", next.weight);
  result.set("nextBias", next.bias);
  return result;
}

val example(Handle t, double row) {
  return guarded([&] {
    const Example e = trainer_at(t).example(row);
    val result = val::object();
    result.set("hours", e.hours);
    result.set("label", e.label);
    result.set("z", e.z);
    result.set("probability", e.probability);
    result.set("lossTerm", e.loss_term);
    result.set("error", e.error);
    result.set("weightPart", e.weight_part);
    result.set("biasPart", e.bias_part);
    return result;
  });
}

val loss_history(Handle t) { return copy_out(trainer_at(t).history().values()); }
val loss_history_since(Handle t, double start) { return since(trainer_at(t).history().values(), start); }
double loss_stride(Handle t) { return static_cast<double>(trainer_at(t).history().stride()); }
// The descent path (see PathHistory): entry i is the weight or bias at the start of epoch i * pathStride().
val weight_history_since(Handle t, double start) { return since(trainer_at(t).path().weights(), start); }
val bias_history_since(Handle t, double start) { return since(trainer_at(t).path().biases(), start); }
double path_stride(Handle t) { return static_cast<double>(trainer_at(t).path().stride()); }

// grid: { weightMin, weightMax, biasMin, biasMax, columns, rows } -> the loss over that grid for the
// trainer's data, a Float64Array in landscape.hpp's row-major order. A field that is not a number
// reads as NaN, which the engine rejects by name.
val loss_landscape(Handle t, val grid) {
  return guarded([&] {
    const auto read = [&](const char* name) {
      const val value = grid[name];
      return value.isNumber() ? value.as<double>() : NAN;
    };
    Grid g;
    g.columns = {read("weightMin"), read("weightMax"), read("columns")};
    g.rows = {read("biasMin"), read("biasMax"), read("rows")};
    const Trainer& trainer = trainer_at(t);
    return copy_out(loss_landscape(trainer.config().hours, trainer.config().labels, g));
  });
}

double epoch(Handle t) { return static_cast<double>(trainer_at(t).epoch()); }
double weight(Handle t) { return trainer_at(t).weight(); }
double bias(Handle t) { return trainer_at(t).bias(); }
double initial_weight(Handle t) { return trainer_at(t).initial_weight(); }
double initial_bias(Handle t) { return trainer_at(t).initial_bias(); }
double loss(Handle t) { return trainer_at(t).last().loss; }
double weight_gradient(Handle t) { return trainer_at(t).last().weight_gradient; }
double bias_gradient(Handle t) { return trainer_at(t).last().bias_gradient; }

}  // namespace
}  // namespace one_neuron::bindings

EMSCRIPTEN_BINDINGS(neuron) {
  using emscripten::function;
  namespace b = one_neuron::bindings;
  function("neuronValidate", &b::validate);
  function("neuronCreate", &b::create);
  // A trainer's functions; each takes the handle from neuronCreate first.
  function("neuronDelete", &b::destroy);
  function("neuronTrain", &b::train);
  function("neuronStep", &b::step);
  function("neuronReset", &b::reset);
  function("neuronPredict", &b::predict);
  function("neuronPredictMany", &b::predict_many);
  function("neuronEvaluate", &b::evaluate);
  function("neuronExample", &b::example);
  function("neuronLossHistory", &b::loss_history);
  function("neuronLossHistorySince", &b::loss_history_since);
  function("neuronLossStride", &b::loss_stride);
  function("neuronWeightHistorySince", &b::weight_history_since);
  function("neuronBiasHistorySince", &b::bias_history_since);
  function("neuronPathStride", &b::path_stride);
  function("neuronLossLandscape", &b::loss_landscape);
  function("neuronEpoch", &b::epoch);
  function("neuronWeight", &b::weight);
  function("neuronBias", &b::bias);
  function("neuronInitialWeight", &b::initial_weight);
  function("neuronInitialBias", &b::initial_bias);
  function("neuronLoss", &b::loss);
  function("neuronWeightGradient", &b::weight_gradient);
  function("neuronBiasGradient", &b::bias_gradient);
}

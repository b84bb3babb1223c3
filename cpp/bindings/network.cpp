// The network's bindings: a network::Trainer (cpp/engine/network/trainer.hpp) as a handle and one
// function per method, each named network...; web/src/engine/network.js wraps them into a trainer
// object and checks every argument's type first.
#include <optional>
#include <string>
#include <utility>

#include "bindings/common.hpp"
#include "common/limits.hpp"
#include "network/trainer.hpp"

namespace one_neuron::bindings {
namespace {

using network::Trainer;

Trainer& trainer_at(Handle handle) { return object_at<Trainer>(handle); }

// config: { dataset?, points?, dataSeed?, noise?, data?, hidden?, activation?, lr?, seed?, start? }; a missing
// field keeps network::Config's default (reference_network.py's run).
network::Config config_of(const val& config) {
  network::Config c;
  if (const val dataset = config["dataset"]; !dataset.isUndefined()) c.dataset = dataset.as<std::string>();
  if (auto points = number_at(config, "points")) c.points = *points;
  if (auto seed = number_at(config, "dataSeed")) c.data_seed = *seed;
  if (auto noise = number_at(config, "noise")) c.noise = *noise;
  c.data = numbers_at(config, "data");
  if (auto hidden = number_at(config, "hidden")) c.hidden = *hidden;
  if (const val activation = config["activation"]; !activation.isUndefined()) {
    c.activation = activation.as<std::string>();
  }
  if (auto lr = number_at(config, "lr")) c.learning_rate = *lr;
  if (auto seed = number_at(config, "seed")) c.seed = *seed;
  c.start = numbers_at(config, "start");
  return c;
}

Handle create(val config) {
  return guarded([&] { return handle_of(new Trainer(config_of(config))); });
}
void destroy(Handle t) { delete &trainer_at(t); }

void validate(val config) {
  guarded([&] { network::validate(config_of(config), number_at(config, "epochs"), numbers_at(config, "test")); });
}

void train(Handle t, double epochs) {
  guarded([&] { trainer_at(t).train(epochs); });
}
void step(Handle t) {
  guarded([&] { trainer_at(t).step(); });
}
void reset(Handle t) { trainer_at(t).reset(); }
double predict(Handle t, double x1, double x2) {
  return guarded([&] { return trainer_at(t).predict(x1, x2); });
}
val predict_many(Handle t, val test) {
  return guarded([&] { return copy_out(trainer_at(t).predict(numbers(test))); });
}

// { hidden, W1, b1, W2, b2 }: W1 row by row (2 x hidden), W2 hidden x 1 (2 x 1 with no hidden layer).
val parameters_of(const network::Parameters& p) {
  val result = val::object();
  result.set("hidden", static_cast<double>(p.hidden));
  result.set("W1", copy_out(p.W1));
  result.set("b1", copy_out(p.b1));
  result.set("W2", copy_out(p.W2));
  result.set("b2", p.b2);
  return result;
}
val parameters(Handle t) { return parameters_of(trainer_at(t).parameters()); }
val initial(Handle t) { return parameters_of(trainer_at(t).initial()); }

// The loss and the gradients at the current weights: { loss, W1, b1, W2, b2 } shaped as parameters().
val evaluate(Handle t) {
  const network::Gradients g = trainer_at(t).evaluate();
  val result = val::object();
  result.set("loss", g.loss);
  result.set("W1", copy_out(g.W1));
  result.set("b1", copy_out(g.b1));
  result.set("W2", copy_out(g.W2));
  result.set("b2", g.b2);
  return result;
}

// The training points: { inputs: x1, x2 pairs, labels }.
val points(Handle t) {
  const network::Points& p = trainer_at(t).points();
  val result = val::object();
  result.set("inputs", copy_out(p.inputs));
  result.set("labels", copy_out(p.labels));
  return result;
}

// grid: { x1Min, x1Max, x2Min, x2Max, columns, rows }; a field that is not a number reads as NaN,
// which the engine rejects by name. into: { probability, units } of an earlier map, whose arrays are
// refilled when they are the right size (the JS wrapper makes it an object).
val map(Handle t, val grid, val into) {
  return guarded([&] {
    const auto read = [&](const char* name) {
      const val value = grid[name];
      return value.isNumber() ? value.as<double>() : NAN;
    };
    network::MapGrid g;
    g.x1_min = read("x1Min");
    g.x1_max = read("x1Max");
    g.x2_min = read("x2Min");
    g.x2_max = read("x2Max");
    g.columns = read("columns");
    g.rows = read("rows");
    const network::Map& m = trainer_at(t).map(g);
    val result = val::object();
    result.set("columns", static_cast<double>(m.columns));
    result.set("rows", static_cast<double>(m.rows));
    result.set("probability", copy_into(into["probability"], m.probability));
    result.set("units", copy_into(into["units"], m.units));
    return result;
  });
}

// { w1, w2, bias } for a linear hidden layer or none, else null.
val line(Handle t) {
  const std::optional<network::Line> l = trainer_at(t).line();
  if (!l) return val::null();
  val result = val::object();
  result.set("w1", l->w1);
  result.set("w2", l->w2);
  result.set("bias", l->bias);
  return result;
}

val example(Handle t, double row) {
  return guarded([&] {
    const network::PointPass e = trainer_at(t).example(row);
    val result = val::object();
    result.set("x1", e.x1);
    result.set("x2", e.x2);
    result.set("label", e.label);
    result.set("z1", copy_out(e.z1));
    result.set("h", copy_out(e.h));
    result.set("z2", e.z2);
    result.set("probability", e.probability);
    result.set("lossTerm", e.loss_term);
    result.set("error", e.error);
    result.set("sentBack", copy_out(e.sent_back));
    return result;
  });
}

val loss_history(Handle t) { return copy_out(trainer_at(t).history().values()); }
val loss_history_since(Handle t, double start) { return since(trainer_at(t).history().values(), start); }
double loss_stride(Handle t) { return static_cast<double>(trainer_at(t).history().stride()); }
double epoch(Handle t) { return static_cast<double>(trainer_at(t).epoch()); }
double loss(Handle t) { return trainer_at(t).last().loss; }
double accuracy(Handle t) { return trainer_at(t).accuracy(); }

// Every limit of the network (limits::kNetwork) by name: { maxPoints: 100000, maxHidden: 16, ... }.
val limits() {
  val result = val::object();
  for (const auto& limit : limits::kNetwork) result.set(limit.name, limit.value);
  return result;
}

}  // namespace
}  // namespace one_neuron::bindings

EMSCRIPTEN_BINDINGS(network) {
  using emscripten::function;
  namespace b = one_neuron::bindings;
  function("networkLimits", &b::limits);
  function("networkValidate", &b::validate);
  function("networkCreate", &b::create);
  // A trainer's functions; each takes the handle from networkCreate first.
  function("networkDelete", &b::destroy);
  function("networkTrain", &b::train);
  function("networkStep", &b::step);
  function("networkReset", &b::reset);
  function("networkPredict", &b::predict);
  function("networkPredictMany", &b::predict_many);
  function("networkEvaluate", &b::evaluate);
  function("networkParameters", &b::parameters);
  function("networkInitial", &b::initial);
  function("networkPoints", &b::points);
  function("networkMap", &b::map);
  function("networkLine", &b::line);
  function("networkExample", &b::example);
  function("networkLossHistory", &b::loss_history);
  function("networkLossHistorySince", &b::loss_history_since);
  function("networkLossStride", &b::loss_stride);
  function("networkEpoch", &b::epoch);
  function("networkLoss", &b::loss);
  function("networkAccuracy", &b::accuracy);
}

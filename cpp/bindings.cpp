// Embind bindings: the only file that knows about Emscripten. Thin on purpose: it converts JS values
// to engine types, copies arrays out (never a view into WASM memory), and turns engine exceptions
// into JS Errors carrying the engine's message.
#include <emscripten.h>
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include "landscape.hpp"
#include "limits.hpp"
#include "trainer.hpp"

// The engine's messages show numbers as C's "%g" at the shortest precision that reads back as the
// same double (cpp/engine/format_number.cpp, natively). JS already knows the shortest digits, so here
// it writes that text itself: the C library's printf and strtod would add 12 KB gzipped to the page.
// clang-format off
EM_JS(void, format_number_in_js, (double value, char* out, int size), {
  var text;
  if (isNaN(value)) text = "nan";
  else if (!isFinite(value)) text = value < 0 ? "-inf" : "inf";
  else if (value == 0) text = 1 / value < 0 ? "-0" : "0";
  else {
    var parts = value.toExponential().split("e");  /* the shortest digits, as "-1.5e-5" */
    var exponent = Number(parts[1]);
    var digits = parts[0].replace("-", "").replace(".", "").length;
    if (exponent < -4 || exponent >= digits) {
      var magnitude = String(Math.abs(exponent));
      text = parts[0] + (exponent < 0 ? "e-" : "e+") + (magnitude.length < 2 ? "0" : "") + magnitude;
    } else text = String(value);
  }
  stringToUTF8(text, out, size);
});
// clang-format on

namespace one_neuron::limits {
std::string format_number(double value) {
  char text[32];
  format_number_in_js(value, text, sizeof text);
  return text;
}
}  // namespace one_neuron::limits

using emscripten::val;
using one_neuron::Trainer;
using one_neuron::TrainerConfig;

namespace {

// Throws from JS so no C++ object is left half-destroyed on the way out.
EM_JS(void, throw_engine_error, (const char* message), { throw new Error(UTF8ToString(message)); });

// Runs `body`; an engine exception leaves the C++ frame first, then becomes a JS Error.
template <typename Body>
auto guarded(Body body) -> decltype(body()) {
  static std::string message;  // outlives the throw, so nothing leaks
  try {
    return body();
  } catch (const std::exception& e) {
    message = e.what();
  }
  throw_engine_error(message.c_str());
  __builtin_unreachable();
}

std::vector<double> numbers(const val& list) { return emscripten::convertJSArrayToNumberVector<double>(list); }

val copy_out(const std::vector<double>& values) {
  return val(emscripten::typed_memory_view(values.size(), values.data())).call<val>("slice");
}

// JS holds a trainer as its address; web/src/engine.js wraps it in an object with these functions as
// methods and refuses calls after delete(). (Embind's class_ would do the same for 3 KB gzipped more
// glue on the page.)
using Handle = std::uintptr_t;
Trainer& of(Handle trainer) { return *reinterpret_cast<Trainer*>(trainer); }

// config: { hours: number[], labels: number[], lr, seed, w0?, b0? } (see web/src/engine.js).
Handle create_trainer(val config) {
  return guarded([&] {
    TrainerConfig c;
    c.hours = numbers(config["hours"]);
    c.labels = numbers(config["labels"]);
    c.learning_rate = config["lr"].as<double>();
    c.seed = config["seed"].as<double>();
    if (!config["w0"].isUndefined()) c.initial_weight = config["w0"].as<double>();
    if (!config["b0"].isUndefined()) c.initial_bias = config["b0"].as<double>();
    return reinterpret_cast<Handle>(new Trainer(std::move(c)));
  });
}
void delete_trainer(Handle t) { delete &of(t); }

void train(Handle t, double epochs) {
  guarded([&] { of(t).train(epochs); });
}
void step(Handle t) {
  guarded([&] { of(t).step(); });
}
void reset(Handle t) { of(t).reset(); }
double predict(Handle t, double hours) {
  return guarded([&] { return of(t).predict(hours); });
}
val predict_many(Handle t, val hours) {
  return guarded([&] { return copy_out(of(t).predict(numbers(hours))); });
}
val loss_history(Handle t) { return copy_out(of(t).history().losses()); }
// Entries of a history from index `start` on, copied, so a live chart copies only what is new each frame.
val since(const std::vector<double>& values, double start) {
  const std::size_t from = start > 0 ? std::min(static_cast<std::size_t>(start), values.size()) : 0;
  return val(emscripten::typed_memory_view(values.size() - from, values.data() + from)).call<val>("slice");
}
val loss_history_since(Handle t, double start) { return since(of(t).history().losses(), start); }
double loss_stride(Handle t) { return static_cast<double>(of(t).history().stride()); }
double epoch(Handle t) { return static_cast<double>(of(t).epoch()); }
double weight(Handle t) { return of(t).weight(); }
double bias(Handle t) { return of(t).bias(); }
double initial_weight(Handle t) { return of(t).initial_weight(); }
double initial_bias(Handle t) { return of(t).initial_bias(); }
double loss(Handle t) { return of(t).last().loss; }
double weight_gradient(Handle t) { return of(t).last().weight_gradient; }
double bias_gradient(Handle t) { return of(t).last().bias_gradient; }

// The descent path (see PathHistory): entry i is the weight or bias at the start of epoch i * pathStride().
val weight_history_since(Handle t, double start) { return since(of(t).path().weights(), start); }
val bias_history_since(Handle t, double start) { return since(of(t).path().biases(), start); }
double path_stride(Handle t) { return static_cast<double>(of(t).path().stride()); }

// grid: { weightMin, weightMax, biasMin, biasMax, columns, rows } -> the loss over that grid for the
// trainer's data, a Float64Array in landscape.hpp's row-major order. A field that is not a number
// reads as NaN, which the engine rejects by name.
val loss_landscape(Handle t, val grid) {
  return guarded([&] {
    const auto read = [&](const char* name) {
      const val value = grid[name];
      return value.typeOf().as<std::string>() == "number" ? value.as<double>() : NAN;
    };
    one_neuron::LandscapeGrid g;
    g.weight_min = read("weightMin");
    g.weight_max = read("weightMax");
    g.bias_min = read("biasMin");
    g.bias_max = read("biasMax");
    g.columns = read("columns");
    g.rows = read("rows");
    const Trainer& trainer = of(t);
    return copy_out(one_neuron::loss_landscape(trainer.config().hours, trainer.config().labels, g));
  });
}

// Loss and gradients at the current weights, for read-outs before the next step.
val evaluate(Handle t) {
  const one_neuron::Evaluation e = of(t).evaluate();
  val result = val::object();
  result.set("loss", e.loss);
  result.set("weightGradient", e.weight_gradient);
  result.set("biasGradient", e.bias_gradient);
  return result;
}

// Bytes the engine has allocated and not freed (dlmalloc's count), for leak tests.
double heap_bytes_in_use() { return static_cast<double>(mallinfo().uordblks); }

// The epochs rule, checked before a run starts (train() checks it again).
double check_epochs(double epochs) {
  return guarded([&] { return static_cast<double>(one_neuron::limits::check_epochs(epochs)); });
}

}  // namespace

EMSCRIPTEN_BINDINGS(one_neuron) {
  using emscripten::function;
  function("checkEpochs", &check_epochs);
  function("heapBytesInUse", &heap_bytes_in_use);
  // A trainer's functions; each takes the handle from createTrainer first.
  function("createTrainer", &create_trainer);
  function("deleteTrainer", &delete_trainer);
  function("train", &train);
  function("step", &step);
  function("reset", &reset);
  function("predict", &predict);
  function("predictMany", &predict_many);
  function("evaluate", &evaluate);
  function("lossHistory", &loss_history);
  function("lossHistorySince", &loss_history_since);
  function("lossStride", &loss_stride);
  function("weightHistorySince", &weight_history_since);
  function("biasHistorySince", &bias_history_since);
  function("pathStride", &path_stride);
  function("lossLandscape", &loss_landscape);
  function("epoch", &epoch);
  function("weight", &weight);
  function("bias", &bias);
  function("initialWeight", &initial_weight);
  function("initialBias", &initial_bias);
  function("loss", &loss);
  function("weightGradient", &weight_gradient);
  function("biasGradient", &bias_gradient);
}

// What every model's bindings share (cpp/bindings/neuron.cpp, later network.cpp): engine exceptions
// turned into JS Errors, arrays copied out of WASM memory, lists of numbers read in, and objects
// handed to JS as handles. The only Emscripten-aware C++ besides the bindings themselves.
#pragma once

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <vector>

#include "common/epoch_series.hpp"

namespace one_neuron::bindings {

using emscripten::val;

// Runs run(context); an engine exception (std::exception) leaves the C++ frames first, then becomes a
// JS Error carrying the engine's message (which starts with the field's name). Defined once, in
// engine.cpp: one catch for every binding instead of one per binding.
void run_guarded(void (*run)(void*), void* context);

// A value to overwrite: what `guarded` returns is assigned inside the body.
template <typename Result>
Result placeholder() {
  return Result();
}
template <>
inline val placeholder<val>() {
  return val::undefined();
}

// Runs `body` through run_guarded and returns what it returns.
template <typename Body>
auto guarded(Body body) -> decltype(body()) {
  using Result = decltype(body());
  if constexpr (std::is_void_v<Result>) {
    run_guarded([](void* context) { (*static_cast<Body*>(context))(); }, &body);
  } else {
    Result result = placeholder<Result>();
    auto assign = [&] { result = body(); };
    run_guarded([](void* context) { (*static_cast<decltype(assign)*>(context))(); }, &assign);
    return result;
  }
}

// A JS array (or typed array) of numbers as doubles; the JS wrapper has checked the items' types.
inline std::vector<double> numbers(const val& list) { return emscripten::convertJSArrayToNumberVector<double>(list); }

// A copy (Float64Array) of `count` doubles from `values`: never a view into WASM memory, which goes
// stale when memory grows.
inline val copy_out(const double* values, std::size_t count) {
  return val(emscripten::typed_memory_view(count, values)).call<val>("slice");
}
inline val copy_out(const std::vector<double>& values) { return copy_out(values.data(), values.size()); }

// `values` copied into `target` when it is a Float64Array of their length (an earlier result's, reused
// from frame to frame: no new array each time), else into a new one.
inline val copy_into(const val& target, const std::vector<double>& values) {
  if (!target.instanceof (val::global("Float64Array")) || target["length"].as<double>() != values.size()) {
    return copy_out(values);
  }
  target.call<void>("set", emscripten::typed_memory_view(values.size(), values.data()));
  return target;
}

// Entries of a series from index `start` on, copied, so a live chart copies only what is new; where
// they begin is start_index() (common/epoch_series.hpp), tested natively under UBSan.
inline val since(const std::vector<double>& values, double start) {
  const std::size_t from = one_neuron::start_index(start, values.size());
  return copy_out(values.data() + from, values.size() - from);
}

// JS holds an engine object as its address; the JS wrapper (web/src/engine/) wraps it in an object
// with the model's functions as methods and refuses calls after delete(). (Embind's class_ would do
// the same for 3 KB gzipped more glue on the page.)
using Handle = std::uintptr_t;
template <typename T>
Handle handle_of(T* object) {
  return reinterpret_cast<Handle>(object);
}
template <typename T>
T& object_at(Handle handle) {
  return *reinterpret_cast<T*>(handle);
}

// object[name] as a number or a list of numbers, or nothing when it is undefined (not given); the JS
// wrapper has checked its type. Defined in engine.cpp.
std::optional<double> number_at(const val& object, const char* name);
std::optional<std::vector<double>> numbers_at(const val& object, const char* name);

}  // namespace one_neuron::bindings

// What every model's bindings share (cpp/bindings/neuron.cpp, later network.cpp): engine exceptions
// turned into JS Errors, arrays copied out of WASM memory, lists of numbers read in, and objects
// handed to JS as handles. The only Emscripten-aware C++ besides the bindings themselves.
#pragma once

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <vector>

namespace one_neuron::bindings {

using emscripten::val;

// Throws a JS Error with `message` (defined in engine.cpp). Called outside any C++ catch block, so no
// C++ exception or object is left half-destroyed when JS unwinds the stack.
[[noreturn]] void throw_js_error(const char* message);

// The message of the last engine exception, kept until JS has copied it.
inline std::string& pending_message() {
  static std::string message;
  return message;
}

// Runs `body`; an engine exception leaves the C++ frame first, then becomes a JS Error carrying the
// engine's message (which starts with the field's name).
template <typename Body>
auto guarded(Body body) -> decltype(body()) {
  try {
    return body();
  } catch (const std::exception& e) {
    pending_message() = e.what();
  }
  throw_js_error(pending_message().c_str());
}

// A JS array (or typed array) of numbers as doubles; the JS wrapper has checked the items' types.
inline std::vector<double> numbers(const val& list) { return emscripten::convertJSArrayToNumberVector<double>(list); }

// A copy (Float64Array) of `count` doubles from `values`: never a view into WASM memory, which goes
// stale when memory grows.
inline val copy_out(const double* values, std::size_t count) {
  return val(emscripten::typed_memory_view(count, values)).call<val>("slice");
}
inline val copy_out(const std::vector<double>& values) { return copy_out(values.data(), values.size()); }

// Entries of a series from index `start` on, copied, so a live chart copies only what is new. A start
// that is not a number or below 0 reads as 0; one at or past the end (2^53, Infinity) gives nothing.
// Clamped as a double before the cast: casting a double beyond size_t's range is undefined behaviour.
inline val since(const std::vector<double>& values, double start) {
  std::size_t from = 0;
  if (start >= static_cast<double>(values.size())) {
    from = values.size();
  } else if (start > 0) {
    from = static_cast<std::size_t>(start);
  }
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

// Whether object[name] is given (not undefined); the JS wrapper has checked its type.
inline bool given(const val& object, const char* name) { return !object[name].isUndefined(); }

}  // namespace one_neuron::bindings

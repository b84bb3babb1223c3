// Bindings every model shares: the engine's limits as data, the heap count for leak tests, the
// WebAssembly build's format_number and format_whole, and common.hpp's run_guarded, number_at and
// numbers_at.
#include <emscripten.h>
#include <malloc.h>

#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "bindings/common.hpp"
#include "common/limits.hpp"
#include "numeric/format_number.hpp"

// The engine's messages show numbers as C's "%g" at the shortest precision that reads back as the
// same double (cpp/engine/numeric/format_number.cpp, natively). JS already knows the shortest digits,
// so here it writes that text itself: the C library's printf and strtod would add 12 KB gzipped to
// the page. Whole numbers (format_whole) are JS's String(value), so no integer formatting of the C++
// library (std::to_string) is in the module either.
// clang-format off
EM_JS(void, format_number_in_js, (double value, int whole, char* out, int size), {
  var text;
  if (whole) text = String(value);  /* digits up to 1e21, as std::to_string writes a uint64_t */
  else if (isNaN(value)) text = "nan";
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

EM_JS(void, throw_error_in_js, (const char* message), { throw new Error(UTF8ToString(message)); });

namespace one_neuron {

namespace {
std::string formatted(double value, bool whole) {
  char text[32];
  format_number_in_js(value, whole, text, sizeof text);
  return text;
}
}  // namespace

std::string format_number(double value) { return formatted(value, false); }
std::string format_whole(double whole) { return formatted(whole, true); }

namespace bindings {

void run_guarded(void (*run)(void*), void* context) {
  static std::string message;  // the last engine message, kept until JS has copied it
  try {
    run(context);
    return;
  } catch (const std::exception& e) {
    message = e.what();
  }
  throw_error_in_js(message.c_str());
}

std::optional<double> number_at(const val& object, const char* name) {
  const val value = object[name];
  if (value.isUndefined()) return std::nullopt;
  return value.as<double>();
}

std::optional<std::vector<double>> numbers_at(const val& object, const char* name) {
  const val value = object[name];
  if (value.isUndefined()) return std::nullopt;
  return numbers(value);
}

namespace {

// Every limit of common/limits.hpp by name: { maxAbsHours: 1e6, maxSamples: 1000000, ... }.
val limits() {
  val result = val::object();
  for (const auto& limit : limits::kAll) result.set(limit.name, limit.value);
  return result;
}

// Bytes the engine has allocated and not freed (emmalloc's count), for leak tests.
double heap_bytes_in_use() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace
}  // namespace bindings
}  // namespace one_neuron

EMSCRIPTEN_BINDINGS(engine) {
  emscripten::function("limits", &one_neuron::bindings::limits);
  emscripten::function("heapBytesInUse", &one_neuron::bindings::heap_bytes_in_use);
}

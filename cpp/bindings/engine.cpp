// Bindings every model shares: the engine's limits as data, the heap count for leak tests, and the
// WebAssembly build's format_number and JS error.
#include <emscripten.h>
#include <malloc.h>

#include "bindings/common.hpp"
#include "common/limits.hpp"
#include "numeric/format_number.hpp"

// The engine's messages show numbers as C's "%g" at the shortest precision that reads back as the
// same double (cpp/engine/numeric/format_number.cpp, natively). JS already knows the shortest digits,
// so here it writes that text itself: the C library's printf and strtod would add 12 KB gzipped to
// the page.
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

EM_JS(void, throw_error_in_js, (const char* message), { throw new Error(UTF8ToString(message)); });

namespace one_neuron {

std::string format_number(double value) {
  char text[32];
  format_number_in_js(value, text, sizeof text);
  return text;
}

namespace bindings {

void throw_js_error(const char* message) {
  throw_error_in_js(message);
  __builtin_unreachable();
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

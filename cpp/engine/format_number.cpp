// format_number for native builds. The WebAssembly build defines it in cpp/bindings.cpp instead: the
// same text from JS's number formatting, which keeps the C library's printf and strtod (with their
// long-double arithmetic, 12 KB gzipped) out of the page.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "limits.hpp"

namespace one_neuron::limits {

std::string format_number(double value) {
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (!std::isfinite(value) || std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

}  // namespace one_neuron::limits

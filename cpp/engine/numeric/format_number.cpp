// format_number and format_whole for native builds (see format_number.hpp; the WebAssembly build has its own).
#include "numeric/format_number.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace one_neuron {

std::string format_number(double value) {
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
    if (!std::isfinite(value) || std::strtod(buffer, nullptr) == value) break;
  }
  return buffer;
}

std::string format_whole(double whole) { return std::to_string(static_cast<std::uint64_t>(whole)); }

}  // namespace one_neuron

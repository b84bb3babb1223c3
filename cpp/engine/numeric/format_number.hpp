// The shortest text that reads back as the same double, as C's "%g" writes it ("0.1", "2e+06", "nan"):
// how the engine's messages show a number. Natively in format_number.cpp; the WebAssembly build
// defines it in cpp/bindings/engine.cpp instead, from JS's own number formatting, which keeps the C
// library's printf and strtod (12 KB gzipped) out of the page.
#pragma once

#include <string>

namespace one_neuron {

std::string format_number(double value);

}  // namespace one_neuron

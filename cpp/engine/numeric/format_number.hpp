// How the engine's messages show numbers. Natively in format_number.cpp; the WebAssembly build
// defines both in cpp/bindings/engine.cpp instead, from JS's own number formatting, which keeps the C
// library's printf and strtod (12 KB gzipped) and any integer formatting out of the page.
#pragma once

#include <string>

namespace one_neuron {

// The shortest text that reads back as the same double, as C's "%g" writes it ("0.1", "2e+06", "nan").
std::string format_number(double value);

// A whole number from 0 to 2^53 as its decimal digits ("10000000"), as std::to_string writes it.
std::string format_whole(double whole);

}  // namespace one_neuron

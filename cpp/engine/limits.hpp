// The ranges every entry point accepts, and the checks that enforce them. A violation throws
// std::invalid_argument whose message starts with the field's name and states the rule.
// Why these bounds: |dw| <= max|hours| and |db| <= 1 every epoch, so after E epochs
// |weight| <= |w0| + rate * E * max|hours|. With the bounds below that stays below ~1e30 even for
// 1e15 epochs, so z = w*x + b never overflows and training can never produce NaN or infinity.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace one_neuron::limits {

constexpr double kMaxAbsHours = 1e6;            // hours (and test hours) lie in [-1e6, 1e6]
constexpr std::size_t kMaxSamples = 1'000'000;  // at most this many (hours, label) rows
constexpr double kMaxLearningRate = 100.0;      // 0 < learning rate <= 100
constexpr double kMaxEpochs = 10'000'000;       // one train() call: 0..1e7 epochs
constexpr double kMaxSeed = 4294967295.0;       // seeds are whole numbers 0..2^32-1
constexpr double kMaxAbsInitial = 1e6;          // initial weight / bias lie in [-1e6, 1e6]
constexpr double kMinGridSize = 2;              // a loss landscape has 2..1000 weights and biases
constexpr double kMaxGridSize = 1000;
constexpr double kMaxAbsGridEnd = 1e15;  // landscape ranges lie in [-1e15, 1e15]: beyond any weight a run reaches

// Each returns the value (converted where needed) or throws std::invalid_argument naming `field`.
void check_hours(const std::string& field, const std::vector<double>& hours);
double check_hour(const std::string& field, double hours);
void check_labels(const std::vector<double>& labels, std::size_t hours_count);
double check_learning_rate(double learning_rate);
std::uint64_t check_epochs(double epochs);
std::uint32_t check_seed(double seed);
double check_initial(const std::string& field, double value);
// A loss landscape's axis: `count` grid points (a whole number 2..1000) from `min` to `max`, both
// finite within +-1e15 and min < max. Returns the count.
std::size_t check_grid_size(const std::string& field, double count);
void check_grid_range(const std::string& min_field, double min, const std::string& max_field, double max);

// Shortest text that reads back as the same double, as C's "%g" writes it ("0.1", "2e+06", "nan"): for
// messages. Natively in format_number.cpp; the WebAssembly build's is in cpp/bindings.cpp.
std::string format_number(double value);

}  // namespace one_neuron::limits

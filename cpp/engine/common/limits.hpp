// The ranges every entry point accepts, and the checks that enforce them. A violation throws
// std::invalid_argument whose message starts with the field's name and states the rule, with the
// bounds written from the constants below.
// Why these bounds: |dw| <= max|hours| and |db| <= 1 every epoch, so after E epochs
// |weight| <= |w0| + rate * E * max|hours|. With the bounds below that stays below ~1e30 even for
// 1e15 epochs, so z = w*x + b never overflows and training can never produce NaN or infinity.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace one_neuron::limits {

constexpr double kMaxAbsHours = 1e6;            // hours (and test hours) lie in [-1e6, 1e6]
constexpr std::size_t kMaxSamples = 1'000'000;  // at most this many (hours, label) rows
constexpr double kMaxLearningRate = 100.0;      // 0 < learning rate <= 100
constexpr double kMaxEpochs = 10'000'000;       // one train() call: 0..1e7 epochs
constexpr double kMaxSeed = 4294967295.0;       // seeds are whole numbers 0..2^32-1
constexpr double kMaxAbsInitial = 1e6;          // initial weight / bias lie in [-1e6, 1e6]
constexpr double kMinGridSize = 2;              // a grid (loss landscape) has 2..1000 columns and rows
constexpr double kMaxGridSize = 1000;
constexpr double kMaxAbsGridEnd = 1e15;  // grid ranges lie in [-1e15, 1e15]: beyond any weight a run reaches

// Every limit above as data, by the name the JS API gives it (engine.limits in web/src/engine/).
struct NamedLimit {
  const char* name;
  double value;
};
constexpr std::array<NamedLimit, 9> kAll{{
    {"maxAbsHours", kMaxAbsHours},
    {"maxSamples", static_cast<double>(kMaxSamples)},
    {"maxLearningRate", kMaxLearningRate},
    {"maxEpochs", kMaxEpochs},
    {"maxSeed", kMaxSeed},
    {"maxAbsInitial", kMaxAbsInitial},
    {"minGridSize", kMinGridSize},
    {"maxGridSize", kMaxGridSize},
    {"maxAbsGridEnd", kMaxAbsGridEnd},
}};

// Each returns the value (converted where needed) or throws std::invalid_argument naming `field`.
void check_hours(const char* field, const std::vector<double>& hours);
double check_hour(const char* field, double hours);
void check_labels(const std::vector<double>& labels, std::size_t hours_count);
double check_learning_rate(double learning_rate);
std::uint64_t check_epochs(double epochs);
std::uint32_t check_seed(double seed);
double check_initial(const char* field, double value);
// An index into `count` rows: a whole number 0..count-1.
std::size_t check_row(const char* field, double row, std::size_t count);
// A grid's axis: `count` points (a whole number 2..1000) from `min` to `max`, both finite within
// +-1e15 and min < max. Returns the count.
std::size_t check_grid_size(const char* field, double count);
void check_grid_range(const char* min_field, double min, const char* max_field, double max);

// The network (cpp/engine/network/): its own bounds, beside the neuron's (which stay as they are).
// Why these bounds: coordinates within +-1e6 and every weight and bias within +-1e20 (a step that
// would leave that range is refused, see refuse_step) keep each weighted sum below ~1e48 for any
// point the engine accepts, so no forward pass (training, predictions, maps) overflows or gives NaN.
constexpr double kMaxPoints = 100'000;     // 1..100,000 training points
constexpr double kMaxAbsCoordinate = 1e6;  // x1, x2 (training, test and map points) within +-1e6
constexpr double kMaxHidden = 16;          // 0..16 hidden units (0: the output reads x1, x2 directly)
constexpr double kMaxNoise = 1.0;          // a generator's noise: 0..1 (the spread of added randn)
constexpr double kMaxAbsParameter = 1e20;  // every weight and bias a step may leave
constexpr double kMinMapSize = 2;          // a map of the plane has 2..400 columns and rows
constexpr double kMaxMapSize = 400;
constexpr std::array<NamedLimit, 11> kNetwork{{
    {"maxPoints", kMaxPoints},
    {"maxAbsCoordinate", kMaxAbsCoordinate},
    {"maxHidden", kMaxHidden},
    {"maxNoise", kMaxNoise},
    {"maxLearningRate", kMaxLearningRate},
    {"maxEpochs", kMaxEpochs},
    {"maxSeed", kMaxSeed},
    {"maxAbsParameter", kMaxAbsParameter},
    {"maxAbsInitial", kMaxAbsInitial},
    {"minMapSize", kMinMapSize},
    {"maxMapSize", kMaxMapSize},
}};

// A seed named `field` (the network's "seed" and "dataSeed"): a whole number 0..2^32-1.
std::uint32_t check_seed(const char* field, double seed);
// One of `count` names (e.g. the activations): its index, else "<field>: must be a, b or c".
std::size_t check_choice(const char* field, const std::string& value, const char* const* names, std::size_t count);
std::size_t check_point_count(double points);  // "points": a whole number 1..100,000
std::size_t check_hidden(double hidden);       // "hidden": a whole number 0..16
double check_noise(double noise);              // "noise": 0..1
// Explicit points as x1, x2, label triples ("data"): 1..100,000 of them, coordinates within +-1e6,
// labels 0 or 1. Returns the number of points.
std::size_t check_data(const std::vector<double>& data);
// Test points as x1, x2 pairs ("test"): 1..100,000 of them, within +-1e6. Returns how many.
std::size_t check_test_points(const std::vector<double>& test);
double check_coordinate(const char* field, double value);
// Starting weights ("start"): W1, b1, W2, b2 flattened, 4 x hidden + 1 numbers (3 with no hidden
// layer), each a finite number within +-1e6 (as the neuron's w0 and b0).
void check_start(const std::vector<double>& start, std::size_t hidden);
// A map's axis count ("columns", "rows"): a whole number 2..400.
std::size_t check_map_size(const char* field, double count);
// A map's range: both ends finite within +-1e6 and min < max.
void check_map_range(const char* min_field, double min, const char* max_field, double max);
// A network's step refused: after `epoch` epochs at learning rate `learning_rate` a weight or the
// loss would leave +-1e20 or stop being finite. Throws std::invalid_argument naming "lr".
[[noreturn]] void refuse_step(double learning_rate, double epoch);

// How the messages write a bound: as digits ("10000000"), or a power of ten as "1eN" ("1e6").
std::string digits(double whole);
std::string power_of_ten(double value);

}  // namespace one_neuron::limits

#include "common/limits.hpp"

#include <cmath>
#include <initializer_list>
#include <stdexcept>
#include <utility>

#include "numeric/format_number.hpp"

namespace one_neuron::limits {
namespace {

// One piece of a message: text as it is, or a number written one of three ways. Every message is
// built by fail() from a list of these, so each check only lists its pieces (no string
// concatenation, and no temporaries to destroy, at each call site).
struct Part {
  enum Kind : unsigned char { kText, kNumber, kDigits, kRange, kGiven };
  Part(const char* text) : kind(kText), text(text) {}  // implicit: text stands in a list as it is
  Part(Kind kind, double value) : kind(kind), value(value) {}
  Kind kind;
  const char* text = nullptr;
  double value = 0.0;
};
Part number(double value) { return {Part::kNumber, value}; }  // as format_number writes it: "2e+06"
Part whole(double value) { return {Part::kDigits, value}; }   // digits(): "10000000"
Part range(double bound) { return {Part::kRange, bound}; }    // "-1e6 to 1e6" for a bound of 1e6

// Throws std::invalid_argument("<field>: <the parts>").
[[noreturn]] void fail(const char* field, std::initializer_list<Part> parts) {
  std::string message = field;
  message += ": ";
  for (const Part& part : parts) {
    switch (part.kind) {
      case Part::kText:
        message += part.text;
        break;
      case Part::kNumber:
        message += format_number(part.value);
        break;
      case Part::kDigits:
        message += digits(part.value);
        break;
      case Part::kGiven: {
        const bool digits_fit = std::isfinite(part.value) && std::floor(part.value) == part.value &&
                                std::fabs(part.value) < 1e15 && part.value != 0.0;
        if (!digits_fit) {
          message += format_number(part.value);
        } else {
          if (part.value < 0) message += '-';
          message += digits(std::fabs(part.value));
        }
        break;
      }
      case Part::kRange: {
        const std::string bound = power_of_ten(part.value);
        message += '-';
        message += bound;
        message += " to ";
        message += bound;
        break;
      }
    }
  }
  throw std::invalid_argument(message);
}

bool is_whole(double value) { return std::isfinite(value) && std::floor(value) == value; }

// A value as given, for the network's messages: whole numbers below 1e15 as digits ("got 20", "got
// -200", where number() writes "2e+01"), anything else as number() writes it ("got 1e+20").
Part given(double value) { return {Part::kGiven, value}; }

}  // namespace

std::string digits(double whole) { return format_whole(whole); }

std::string power_of_ten(double value) {
  int exponent = 0;
  double power = 1.0;
  while (power < value) {
    power *= 10.0;
    ++exponent;
  }
  return power == value ? "1e" + format_whole(exponent) : format_number(value);
}

double check_hour(const char* field, double hours) {
  if (!std::isfinite(hours) || std::fabs(hours) > kMaxAbsHours) {
    fail(field, {"must be a finite number from ", range(kMaxAbsHours), ", got ", number(hours)});
  }
  return hours;
}

void check_hours(const char* field, const std::vector<double>& hours) {
  if (hours.empty()) fail(field, {"must have at least one value"});
  if (hours.size() > kMaxSamples) {
    fail(field, {"must have at most ", whole(kMaxSamples), " values, got ", whole(hours.size())});
  }
  for (std::size_t i = 0; i < hours.size(); ++i) {
    if (!std::isfinite(hours[i]) || std::fabs(hours[i]) > kMaxAbsHours) {
      fail(field, {"value ", whole(i + 1), " is ", number(hours[i]), "; each must be a finite number from ",
                   range(kMaxAbsHours)});
    }
  }
}

void check_labels(const std::vector<double>& labels, std::size_t hours_count) {
  if (labels.size() != hours_count) {
    fail("labels", {"must have one label per hours value (", whole(hours_count), "), got ", whole(labels.size())});
  }
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] != 0.0 && labels[i] != 1.0) {
      fail("labels", {"value ", whole(i + 1), " is ", number(labels[i]), "; each must be 0 (fail) or 1 (pass)"});
    }
  }
}

double check_learning_rate(double learning_rate) {
  if (!(std::isfinite(learning_rate) && learning_rate > 0.0 && learning_rate <= kMaxLearningRate)) {
    fail("lr",
         {"must be a number greater than 0 and at most ", whole(kMaxLearningRate), ", got ", number(learning_rate)});
  }
  return learning_rate;
}

std::uint64_t check_epochs(double epochs) {
  if (!is_whole(epochs) || epochs < 0.0 || epochs > kMaxEpochs) {
    fail("epochs", {"must be a whole number from 0 to ", whole(kMaxEpochs), ", got ", number(epochs)});
  }
  return static_cast<std::uint64_t>(epochs);
}

std::uint32_t check_seed(double seed) { return check_seed("seed", seed); }

std::uint32_t check_seed(const char* field, double seed) {
  if (!is_whole(seed) || seed < 0.0 || seed > kMaxSeed) {
    fail(field, {"must be a whole number from 0 to ", whole(kMaxSeed), ", got ", number(seed)});
  }
  return static_cast<std::uint32_t>(seed);
}

double check_initial(const char* field, double value) {
  if (!std::isfinite(value) || std::fabs(value) > kMaxAbsInitial) {
    fail(field, {"must be a finite number from ", range(kMaxAbsInitial), ", got ", number(value)});
  }
  return value;
}

std::size_t check_row(const char* field, double row, std::size_t count) {
  if (!is_whole(row) || row < 0.0 || row >= static_cast<double>(count)) {
    fail(field, {"must be a whole number from 0 to ", whole(count - 1), ", got ", number(row)});
  }
  return static_cast<std::size_t>(row);
}

std::size_t check_grid_size(const char* field, double count) {
  if (!is_whole(count) || count < kMinGridSize || count > kMaxGridSize) {
    fail(field,
         {"must be a whole number from ", whole(kMinGridSize), " to ", whole(kMaxGridSize), ", got ", number(count)});
  }
  return static_cast<std::size_t>(count);
}

void check_grid_range(const char* min_field, double min, const char* max_field, double max) {
  for (const auto& [field, value] : {std::pair{min_field, min}, std::pair{max_field, max}}) {
    if (!std::isfinite(value) || std::fabs(value) > kMaxAbsGridEnd) {
      fail(field, {"must be a finite number from ", range(kMaxAbsGridEnd), ", got ", number(value)});
    }
  }
  if (!(min < max)) {
    fail(max_field, {"must be greater than ", min_field, " (", number(min), "), got ", number(max)});
  }
}

// The network's checks: the same messages' shape, its own bounds.

std::size_t check_choice(const char* field, const std::string& value, const char* const* names, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (value == names[i]) return i;
  }
  // The value itself is left out of the message: it is any text, and the field says what it must be.
  std::string choices;
  for (std::size_t i = 0; i < count; ++i) {
    choices += i == 0 ? "" : (i + 1 == count ? " or " : ", ");
    choices += names[i];
  }
  fail(field, {"must be ", choices.c_str()});
}

std::size_t check_point_count(double points) {
  if (!is_whole(points) || points < 1.0 || points > kMaxPoints) {
    fail("points", {"must be a whole number from 1 to ", whole(kMaxPoints), ", got ", given(points)});
  }
  return static_cast<std::size_t>(points);
}

std::size_t check_hidden(double hidden) {
  if (!is_whole(hidden) || hidden < 0.0 || hidden > kMaxHidden) {
    fail("hidden", {"must be a whole number from 0 to ", whole(kMaxHidden), ", got ", given(hidden)});
  }
  return static_cast<std::size_t>(hidden);
}

double check_noise(double noise) {
  if (!(noise >= 0.0 && noise <= kMaxNoise)) {
    fail("noise", {"must be a number from 0 to ", whole(kMaxNoise), ", got ", given(noise)});
  }
  return noise;
}

double check_coordinate(const char* field, double value) {
  if (!std::isfinite(value) || std::fabs(value) > kMaxAbsCoordinate) {
    fail(field, {"must be a finite number from ", range(kMaxAbsCoordinate), ", got ", given(value)});
  }
  return value;
}

namespace {
// `values` as groups of `width` numbers (x1, x2[, label]), 1..kMaxPoints groups; returns the count.
std::size_t check_groups(const char* field, const std::vector<double>& values, std::size_t width, const char* what) {
  if (values.empty() || values.size() % width != 0) {
    fail(field, {"must list ", what, " for each point (1 or more groups of ", whole(width), " numbers), got ",
                 whole(values.size()), " numbers"});
  }
  const std::size_t count = values.size() / width;
  if (count > kMaxPoints) fail(field, {"must have at most ", whole(kMaxPoints), " points, got ", whole(count)});
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double value = values[i];
    const std::size_t point = i / width + 1;
    if (i % width == 2) {
      if (value != 0.0 && value != 1.0)
        fail(field, {"point ", whole(point), "'s label is ", given(value), "; each must be 0 or 1"});
    } else if (!std::isfinite(value) || std::fabs(value) > kMaxAbsCoordinate) {
      fail(field, {"point ", whole(point), "'s ", i % width == 0 ? "x1" : "x2", " is ", given(value),
                   "; each coordinate must be a finite number from ", range(kMaxAbsCoordinate)});
    }
  }
  return count;
}
}  // namespace

std::size_t check_data(const std::vector<double>& data) { return check_groups("data", data, 3, "x1, x2, label"); }

std::size_t check_test_points(const std::vector<double>& test) { return check_groups("test", test, 2, "x1, x2"); }

void check_start(const std::vector<double>& start, std::size_t hidden) {
  const std::size_t expected = hidden > 0 ? 4 * hidden + 1 : 3;
  if (start.size() != expected && hidden > 0) {
    fail("start", {"must list W1, b1, W2 and b2 (", whole(static_cast<double>(expected)), " numbers for ",
                   whole(static_cast<double>(hidden)), hidden == 1 ? " hidden unit), got " : " hidden units), got ",
                   whole(static_cast<double>(start.size())), " numbers"});
  }
  if (start.size() != expected) {
    fail("start", {"must list W2 and b2 (3 numbers with no hidden layer), got ",
                   whole(static_cast<double>(start.size())), " numbers"});
  }
  for (std::size_t i = 0; i < start.size(); ++i) {
    if (!std::isfinite(start[i]) || std::fabs(start[i]) > kMaxAbsInitial) {
      fail("start", {"value ", whole(static_cast<double>(i + 1)), " is ", given(start[i]),
                     "; each must be a finite number from ", range(kMaxAbsInitial)});
    }
  }
}

std::size_t check_map_size(const char* field, double count) {
  if (!is_whole(count) || count < kMinMapSize || count > kMaxMapSize) {
    fail(field,
         {"must be a whole number from ", whole(kMinMapSize), " to ", whole(kMaxMapSize), ", got ", given(count)});
  }
  return static_cast<std::size_t>(count);
}

void check_map_range(const char* min_field, double min, const char* max_field, double max) {
  check_coordinate(min_field, min);
  check_coordinate(max_field, max);
  if (!(min < max)) {
    fail(max_field, {"must be greater than ", min_field, " (", given(min), "), got ", given(max)});
  }
}

void refuse_step(double learning_rate, double epoch) {
  fail("lr",
       {"at ", given(learning_rate), " the step after epoch ", whole(epoch),
        " would take a weight, a bias or the loss beyond ", range(kMaxAbsParameter),
        " or to a number that is not finite; training stays at epoch ", whole(epoch), ": try a smaller learning rate"});
}

}  // namespace one_neuron::limits

#include "common/limits.hpp"

#include <cmath>
#include <stdexcept>
#include <utility>

#include "numeric/format_number.hpp"

namespace one_neuron::limits {
namespace {

[[noreturn]] void fail(const std::string& field, const std::string& rule) {
  throw std::invalid_argument(field + ": " + rule);
}

bool is_whole(double value) { return std::isfinite(value) && std::floor(value) == value; }

// "-1e6 to 1e6" for a bound of 1e6.
std::string symmetric(double bound) { return "-" + power_of_ten(bound) + " to " + power_of_ten(bound); }

}  // namespace

std::string digits(double whole) { return std::to_string(static_cast<std::uint64_t>(whole)); }

std::string power_of_ten(double value) {
  int exponent = 0;
  double power = 1.0;
  while (power < value) {
    power *= 10.0;
    ++exponent;
  }
  return power == value ? "1e" + std::to_string(exponent) : format_number(value);
}

double check_hour(const std::string& field, double hours) {
  if (!std::isfinite(hours) || std::fabs(hours) > kMaxAbsHours) {
    fail(field, "must be a finite number from " + symmetric(kMaxAbsHours) + ", got " + format_number(hours));
  }
  return hours;
}

void check_hours(const std::string& field, const std::vector<double>& hours) {
  if (hours.empty()) fail(field, "must have at least one value");
  if (hours.size() > kMaxSamples) {
    fail(field, "must have at most " + std::to_string(kMaxSamples) + " values, got " + std::to_string(hours.size()));
  }
  for (std::size_t i = 0; i < hours.size(); ++i) {
    if (!std::isfinite(hours[i]) || std::fabs(hours[i]) > kMaxAbsHours) {
      fail(field, "value " + std::to_string(i + 1) + " is " + format_number(hours[i]) +
                      "; each must be a finite number from " + symmetric(kMaxAbsHours));
    }
  }
}

void check_labels(const std::vector<double>& labels, std::size_t hours_count) {
  if (labels.size() != hours_count) {
    fail("labels", "must have one label per hours value (" + std::to_string(hours_count) + "), got " +
                       std::to_string(labels.size()));
  }
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] != 0.0 && labels[i] != 1.0) {
      fail("labels", "value " + std::to_string(i + 1) + " is " + format_number(labels[i]) +
                         "; each must be 0 (fail) or 1 (pass)");
    }
  }
}

double check_learning_rate(double learning_rate) {
  if (!(std::isfinite(learning_rate) && learning_rate > 0.0 && learning_rate <= kMaxLearningRate)) {
    fail("lr", "must be a number greater than 0 and at most " + digits(kMaxLearningRate) + ", got " +
                   format_number(learning_rate));
  }
  return learning_rate;
}

std::uint64_t check_epochs(double epochs) {
  if (!is_whole(epochs) || epochs < 0.0 || epochs > kMaxEpochs) {
    fail("epochs", "must be a whole number from 0 to " + digits(kMaxEpochs) + ", got " + format_number(epochs));
  }
  return static_cast<std::uint64_t>(epochs);
}

std::uint32_t check_seed(double seed) {
  if (!is_whole(seed) || seed < 0.0 || seed > kMaxSeed) {
    fail("seed", "must be a whole number from 0 to " + digits(kMaxSeed) + ", got " + format_number(seed));
  }
  return static_cast<std::uint32_t>(seed);
}

double check_initial(const std::string& field, double value) {
  if (!std::isfinite(value) || std::fabs(value) > kMaxAbsInitial) {
    fail(field, "must be a finite number from " + symmetric(kMaxAbsInitial) + ", got " + format_number(value));
  }
  return value;
}

std::size_t check_row(const std::string& field, double row, std::size_t count) {
  if (!is_whole(row) || row < 0.0 || row >= static_cast<double>(count)) {
    fail(field, "must be a whole number from 0 to " + std::to_string(count - 1) + ", got " + format_number(row));
  }
  return static_cast<std::size_t>(row);
}

std::size_t check_grid_size(const std::string& field, double count) {
  if (!is_whole(count) || count < kMinGridSize || count > kMaxGridSize) {
    fail(field, "must be a whole number from " + digits(kMinGridSize) + " to " + digits(kMaxGridSize) + ", got " +
                    format_number(count));
  }
  return static_cast<std::size_t>(count);
}

void check_grid_range(const std::string& min_field, double min, const std::string& max_field, double max) {
  for (const auto& [field, value] : {std::pair{min_field, min}, std::pair{max_field, max}}) {
    if (!std::isfinite(value) || std::fabs(value) > kMaxAbsGridEnd) {
      fail(field, "must be a finite number from " + symmetric(kMaxAbsGridEnd) + ", got " + format_number(value));
    }
  }
  if (!(min < max)) {
    fail(max_field, "must be greater than " + min_field + " (" + format_number(min) + "), got " + format_number(max));
  }
}

}  // namespace one_neuron::limits

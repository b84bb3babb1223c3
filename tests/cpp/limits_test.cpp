// Messages for numbers that read back exactly, and the documented bounds.
#include "common/limits.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

#include "numeric/format_number.hpp"

namespace {

namespace limits = one_neuron::limits;

TEST(Limits, FormatNumberIsShortAndExact) {
  EXPECT_EQ(one_neuron::format_number(0.1), "0.1");
  EXPECT_EQ(one_neuron::format_number(2e6), "2e+06");
  EXPECT_EQ(one_neuron::format_number(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(one_neuron::format_number(NAN), "nan");
  EXPECT_EQ(one_neuron::format_number(-INFINITY), "-inf");
}

TEST(Limits, AcceptsTheDocumentedEdges) {
  EXPECT_EQ(limits::check_seed(0), 0u);
  EXPECT_EQ(limits::check_seed(4294967295.0), 4294967295u);
  EXPECT_EQ(limits::check_epochs(0), 0u);
  EXPECT_EQ(limits::check_epochs(1e7), 10'000'000u);
  EXPECT_EQ(limits::check_learning_rate(100), 100);
  EXPECT_EQ(limits::check_hour("test", -1e6), -1e6);
  EXPECT_NO_THROW(limits::check_hours("hours", std::vector<double>(limits::kMaxSamples, 1.0)));
}

TEST(Limits, RejectsTooManySamples) {
  try {
    limits::check_hours("hours", std::vector<double>(limits::kMaxSamples + 1, 1.0));
    ADD_FAILURE();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "hours: must have at most 1000000 values, got 1000001");
  }
}

TEST(Limits, AreExportedAsNamedData) {
  std::map<std::string, double> table;
  for (const auto& limit : limits::kAll) table[limit.name] = limit.value;
  EXPECT_EQ(table.size(), limits::kAll.size());  // no name twice
  EXPECT_EQ(table, (std::map<std::string, double>{{"maxAbsHours", 1e6},
                                                  {"maxSamples", 1e6},
                                                  {"maxLearningRate", 100},
                                                  {"maxEpochs", 1e7},
                                                  {"maxSeed", 4294967295.0},
                                                  {"maxAbsInitial", 1e6},
                                                  {"minGridSize", 2},
                                                  {"maxGridSize", 1000},
                                                  {"maxAbsGridEnd", 1e15}}));
}

TEST(Limits, MessagesWriteTheBoundsFromTheConstants) {
  EXPECT_EQ(limits::power_of_ten(1e6), "1e6");
  EXPECT_EQ(limits::power_of_ten(1e15), "1e15");
  EXPECT_EQ(limits::power_of_ten(1), "1e0");
  EXPECT_EQ(limits::power_of_ten(2.5e6), "2.5e+06");  // not a power of ten: as format_number writes it
  EXPECT_EQ(limits::digits(limits::kMaxEpochs), "10000000");
  EXPECT_EQ(limits::digits(limits::kMaxSeed), "4294967295");
  EXPECT_EQ(limits::digits(limits::kMaxLearningRate), "100");
  const auto message = [](auto check) {
    try {
      check();
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  EXPECT_EQ(message([] { limits::check_hour("test", 2e6); }),
            "test: must be a finite number from -1e6 to 1e6, got 2e+06");
  EXPECT_EQ(message([] { limits::check_learning_rate(0); }),
            "lr: must be a number greater than 0 and at most 100, got 0");
  EXPECT_EQ(message([] { limits::check_epochs(-1); }), "epochs: must be a whole number from 0 to 10000000, got -1");
  EXPECT_EQ(message([] { limits::check_seed(0.5); }), "seed: must be a whole number from 0 to 4294967295, got 0.5");
  EXPECT_EQ(message([] { limits::check_initial("w0", NAN); }), "w0: must be a finite number from -1e6 to 1e6, got nan");
  EXPECT_EQ(message([] { limits::check_grid_size("rows", 1); }), "rows: must be a whole number from 2 to 1000, got 1");
  EXPECT_EQ(message([] { limits::check_grid_range("a", -1e16, "b", 0); }),
            "a: must be a finite number from -1e15 to 1e15, got -1e+16");
  EXPECT_EQ(message([] { limits::check_row("row", 3, 3); }), "row: must be a whole number from 0 to 2, got 3");
  EXPECT_EQ(limits::check_row("row", 2, 3), 2u);
}

}  // namespace

// Messages for numbers that read back exactly, and the documented bounds.
#include "limits.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace {

namespace limits = one_neuron::limits;

TEST(Limits, FormatNumberIsShortAndExact) {
  EXPECT_EQ(limits::format_number(0.1), "0.1");
  EXPECT_EQ(limits::format_number(2e6), "2e+06");
  EXPECT_EQ(limits::format_number(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(limits::format_number(NAN), "nan");
  EXPECT_EQ(limits::format_number(-INFINITY), "-inf");
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

}  // namespace

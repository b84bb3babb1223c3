// EpochSeries keeps exact per-epoch values (losses, weights, biases) in bounded memory.
#include "common/epoch_series.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace {

using one_neuron::EpochSeries;

TEST(EpochSeries, KeepsEveryEpochUpToCapacity) {
  EpochSeries history(8);
  for (std::uint64_t e = 0; e < 8; ++e) history.record(e, static_cast<double>(e));
  EXPECT_EQ(history.stride(), 1u);
  EXPECT_EQ(history.values(), (std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7}));
}

TEST(EpochSeries, HalvesAndDoublesTheStrideWhenFull) {
  EpochSeries history(8);
  for (std::uint64_t e = 0; e < 20; ++e) history.record(e, static_cast<double>(e));
  // After epoch 8 the stride became 2; after 16, 4.
  EXPECT_EQ(history.stride(), 4u);
  EXPECT_EQ(history.values(), (std::vector<double>{0, 4, 8, 12, 16}));
  // Entry i is always the exact loss of epoch i * stride.
  for (std::size_t i = 0; i < history.values().size(); ++i) {
    EXPECT_EQ(history.values()[i], static_cast<double>(i * history.stride()));
  }
}

TEST(EpochSeries, TenMillionEpochsStayUnderEightMebibytes) {
  EpochSeries history;
  for (std::uint64_t e = 0; e < 10'000'000; ++e) history.record(e, 1.0 / static_cast<double>(e + 1));
  EXPECT_LE(history.values().capacity() * sizeof(double), 8u << 20);
  EXPECT_EQ(history.stride(), 16u);
  EXPECT_EQ(history.values().size(), 625'000u);
  EXPECT_EQ(history.values().back(), 1.0 / (9'999'984.0 + 1));
}

TEST(EpochSeries, ClearStartsOver) {
  EpochSeries history(4);
  for (std::uint64_t e = 0; e < 9; ++e) history.record(e, 1.0);
  history.clear();
  EXPECT_EQ(history.stride(), 1u);
  EXPECT_TRUE(history.values().empty());
}

}  // namespace

// The bindings read a series from a start that JavaScript passes as any double (lossHistorySince(i)).
TEST(EpochSeries, StartIndexClampsEveryDoubleBeforeCasting) {
  const std::size_t size = 10;
  EXPECT_EQ(one_neuron::start_index(0, size), 0u);
  EXPECT_EQ(one_neuron::start_index(3, size), 3u);
  EXPECT_EQ(one_neuron::start_index(3.7, size), 3u);
  EXPECT_EQ(one_neuron::start_index(9, size), 9u);
  EXPECT_EQ(one_neuron::start_index(10, size), size);
  EXPECT_EQ(one_neuron::start_index(-1, size), 0u);
  EXPECT_EQ(one_neuron::start_index(-1e300, size), 0u);
  EXPECT_EQ(one_neuron::start_index(std::nan(""), size), 0u);
  for (const double past :
       {4294967296.0, 9007199254740992.0, 18446744073709551616.0, 1e300, std::numeric_limits<double>::infinity()}) {
    EXPECT_EQ(one_neuron::start_index(past, size), size) << past;
  }
  EXPECT_EQ(one_neuron::start_index(5, 0), 0u);
}

// EpochSeries keeps exact per-epoch values (losses, weights, biases) in bounded memory.
#include "common/epoch_series.hpp"

#include <gtest/gtest.h>

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

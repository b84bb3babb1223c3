// LossHistory keeps exact losses in bounded memory.
#include "loss_history.hpp"

#include <gtest/gtest.h>

namespace {

using one_neuron::LossHistory;

TEST(LossHistory, KeepsEveryEpochUpToCapacity) {
  LossHistory history(8);
  for (std::uint64_t e = 0; e < 8; ++e) history.record(e, static_cast<double>(e));
  EXPECT_EQ(history.stride(), 1u);
  EXPECT_EQ(history.losses(), (std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7}));
}

TEST(LossHistory, HalvesAndDoublesTheStrideWhenFull) {
  LossHistory history(8);
  for (std::uint64_t e = 0; e < 20; ++e) history.record(e, static_cast<double>(e));
  // After epoch 8 the stride became 2; after 16, 4.
  EXPECT_EQ(history.stride(), 4u);
  EXPECT_EQ(history.losses(), (std::vector<double>{0, 4, 8, 12, 16}));
  // Entry i is always the exact loss of epoch i * stride.
  for (std::size_t i = 0; i < history.losses().size(); ++i) {
    EXPECT_EQ(history.losses()[i], static_cast<double>(i * history.stride()));
  }
}

TEST(LossHistory, TenMillionEpochsStayUnderEightMebibytes) {
  LossHistory history;
  for (std::uint64_t e = 0; e < 10'000'000; ++e) history.record(e, 1.0 / static_cast<double>(e + 1));
  EXPECT_LE(history.losses().capacity() * sizeof(double), 8u << 20);
  EXPECT_EQ(history.stride(), 16u);
  EXPECT_EQ(history.losses().size(), 625'000u);
  EXPECT_EQ(history.losses().back(), 1.0 / (9'999'984.0 + 1));
}

TEST(LossHistory, ClearStartsOver) {
  LossHistory history(4);
  for (std::uint64_t e = 0; e < 9; ++e) history.record(e, 1.0);
  history.clear();
  EXPECT_EQ(history.stride(), 1u);
  EXPECT_TRUE(history.losses().empty());
}

}  // namespace

// NumpyRandom against np.random.seed(s); np.random.randn(8), bit for bit.
#include "numeric/numpy_random.hpp"

#include <gtest/gtest.h>

#include "golden.hpp"

namespace {

TEST(NumpyRandom, MatchesNumpyRandnForEveryGoldenSeed) {
  const std::string json = golden::read_file("golden-rng.json");
  int cases = 0;
  for (std::size_t at = json.find("\"seed\""); at != std::string::npos; at = json.find("\"seed\"", at + 1)) {
    const double seed = golden::number(json, "seed", at);
    const std::vector<double> expected = golden::numbers(json, "randn", at);
    one_neuron::NumpyRandom random(static_cast<std::uint32_t>(seed));
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(random.randn(), expected[i]) << "seed " << seed << " draw " << i;
    }
    ++cases;
  }
  EXPECT_GE(cases, 5);
}

TEST(NumpyRandom, SeedFortyTwoGivesThePostsInitialWeight) {
  one_neuron::NumpyRandom random(42);
  EXPECT_EQ(random.randn(), 0.4967141530112327);
}

TEST(NumpyRandom, ReseedingForgetsTheCachedNormal) {
  one_neuron::NumpyRandom random(42);
  const double first = random.randn();
  random.seed(42);
  EXPECT_EQ(random.randn(), first);
}

TEST(NumpyRandom, RandomSampleIsInUnitInterval) {
  one_neuron::NumpyRandom random(4294967295U);
  for (int i = 0; i < 10000; ++i) {
    const double u = random.random_sample();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
  }
}

}  // namespace

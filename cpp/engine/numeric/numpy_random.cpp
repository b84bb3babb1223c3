#include "numeric/numpy_random.hpp"

#include <cmath>

namespace one_neuron {

void NumpyRandom::seed(std::uint32_t seed) {
  state_[0] = seed;
  for (int i = 1; i < kStateSize; ++i) {
    const std::uint32_t previous = state_[i - 1];
    state_[i] = 1812433253U * (previous ^ (previous >> 30)) + static_cast<std::uint32_t>(i);
  }
  position_ = kStateSize;
  has_cached_normal_ = false;
  cached_normal_ = 0.0;
}

std::uint32_t NumpyRandom::next_uint32() {
  constexpr int kShift = 397;
  constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
  constexpr std::uint32_t kUpperMask = 0x80000000U;
  constexpr std::uint32_t kLowerMask = 0x7fffffffU;
  if (position_ >= kStateSize) {
    // Regenerate the whole block of 624 words (the reference "twist").
    for (int i = 0; i < kStateSize; ++i) {
      const std::uint32_t y = (state_[i] & kUpperMask) | (state_[(i + 1) % kStateSize] & kLowerMask);
      state_[i] = state_[(i + kShift) % kStateSize] ^ (y >> 1) ^ ((y & 1U) != 0 ? kMatrixA : 0U);
    }
    position_ = 0;
  }
  std::uint32_t y = state_[position_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

double NumpyRandom::random_sample() {
  const std::uint32_t high = next_uint32() >> 5;  // 27 bits
  const std::uint32_t low = next_uint32() >> 6;   // 26 bits
  return (high * 67108864.0 + low) / 9007199254740992.0;
}

double NumpyRandom::randn() {
  if (has_cached_normal_) {
    has_cached_normal_ = false;
    return cached_normal_;
  }
  double x1 = 0.0;
  double x2 = 0.0;
  double r2 = 0.0;
  do {
    x1 = 2.0 * random_sample() - 1.0;
    x2 = 2.0 * random_sample() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  const double f = std::sqrt(-2.0 * std::log(r2) / r2);
  cached_normal_ = f * x1;
  has_cached_normal_ = true;
  return f * x2;
}

}  // namespace one_neuron

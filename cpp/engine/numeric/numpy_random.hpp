// NumpyRandom: NumPy's legacy global random source (np.random.seed / np.random.randn),
// reproduced bit for bit so the neuron starts from the same weight as the post's run.
// MT19937 seeded with init_genrand, doubles from two 32-bit draws, normals by the polar method.
// Leaves out everything else RandomState offers (array seeds, other distributions).
#pragma once

#include <array>
#include <cstdint>

namespace one_neuron {

class NumpyRandom {
 public:
  explicit NumpyRandom(std::uint32_t seed = 0) { this->seed(seed); }

  // np.random.seed(seed) for an integer seed: init_genrand, and forget any cached normal.
  void seed(std::uint32_t seed);

  // One MT19937 draw (genrand_int32).
  std::uint32_t next_uint32();

  // np.random.random_sample(): 53-bit double in [0, 1).
  double random_sample();

  // np.random.randn(): standard normal; the polar method makes two and keeps one for the next call.
  double randn();

 private:
  static constexpr int kStateSize = 624;
  std::array<std::uint32_t, kStateSize> state_{};
  int position_ = kStateSize;
  bool has_cached_normal_ = false;
  double cached_normal_ = 0.0;
};

}  // namespace one_neuron

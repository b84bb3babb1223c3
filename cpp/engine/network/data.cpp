#include "network/data.hpp"

#include <cmath>

#include "numeric/numpy_random.hpp"

namespace one_neuron::network {

Points generate(Dataset dataset, std::size_t count, std::uint32_t seed, double noise) {
  NumpyRandom random(seed);
  const std::size_t first = count / 2;  // label 1
  Points points;
  points.inputs.resize(2 * count);
  points.labels.resize(count);
  std::vector<double>& x = points.inputs;
  if (dataset == Dataset::kRing) {
    // Dots in the middle (radius below 0.5), a ring around them (1 to 1.5): angles first, then radii.
    constexpr double kTwoPi = 2 * 3.141592653589793;  // 2 * np.pi, exactly
    std::vector<double> angle(count);
    for (double& a : angle) a = kTwoPi * random.random_sample();
    for (std::size_t i = 0; i < count; ++i) {
      const double radius = i < first ? 0.5 * random.random_sample() : 1.0 + 0.5 * random.random_sample();
      x[2 * i] = radius * std::cos(angle[i]);
      x[2 * i + 1] = radius * std::sin(angle[i]);
      points.labels[i] = i < first ? 1.0 : 0.0;
    }
  } else if (dataset == Dataset::kXor) {
    // Uniform in the square of side 3; label 1 where both coordinates have the same sign.
    for (double& value : x) value = 3 * random.random_sample() - 1.5;
    for (std::size_t i = 0; i < count; ++i) points.labels[i] = x[2 * i] * x[2 * i + 1] > 0 ? 1.0 : 0.0;
  } else {
    // Two clusters a straight line can split: around (0.75, 0.75) labelled 1, (-0.75, -0.75) labelled 0.
    for (std::size_t i = 0; i < 2 * count; ++i) {
      x[i] = i < 2 * first ? 0.5 * random.randn() + 0.75 : 0.5 * random.randn() - 0.75;
    }
    for (std::size_t i = 0; i < count; ++i) points.labels[i] = i < first ? 1.0 : 0.0;
  }
  for (double& value : x) value = value + noise * random.randn();  // drawn even at noise 0, as NumPy does
  return points;
}

Points points_of(const std::vector<double>& data) {
  Points points;
  const std::size_t count = data.size() / 3;
  points.inputs.resize(2 * count);
  points.labels.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    points.inputs[2 * i] = data[3 * i];
    points.inputs[2 * i + 1] = data[3 * i + 1];
    points.labels[i] = data[3 * i + 2];
  }
  return points;
}

Points test_points_of(const std::vector<double>& pairs) {
  Points points;
  points.inputs = pairs;
  return points;
}

}  // namespace one_neuron::network

// The network's training points: the seeded generators of reference_network.py (the post's ring,
// xor, two clusters), with optional noise, or explicit points. Draws come from NumpyRandom in the
// reference's order, so the points are NumPy's to the last bit (or an ulp of cos/sin).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "network/network.hpp"

namespace one_neuron::network {

enum class Dataset { kRing, kXor, kClusters };

// np.random.seed(seed), then `count` points: the first count / 2 labelled 1 (the ring's centre, the
// first cluster), the rest 0 (xor: 1 where x1 and x2 have the same sign); then every coordinate
// plus noise * randn(). Arguments already checked (limits.hpp).
Points generate(Dataset dataset, std::size_t count, std::uint32_t seed, double noise);

// Explicit points from x1, x2, label triples (already checked by limits::check_data).
Points points_of(const std::vector<double>& data);

// Test points from x1, x2 pairs (already checked by limits::check_test_points); no labels.
Points test_points_of(const std::vector<double>& pairs);

}  // namespace one_neuron::network

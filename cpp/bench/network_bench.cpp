// The network compiled natively, timed the way scripts/bench-network.mjs times the WASM module: one
// Trainer per repetition on the default run (reference_network.py's: the ring, 200 points, data seed 1,
// 4 sigmoid hidden units, lr 1, seed 42), only its train(epochs) call on the clock. Not part of the engine.
//
// Usage: network_bench <epochs> <repetitions> [hidden]
// Prints one JSON object: the time of each repetition in ms, the loss at the final weights and the
// final W1, b1, W2, b2 flattened in that order.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "network/trainer.hpp"

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::fprintf(stderr, "usage: network_bench <epochs> <repetitions> [hidden]\n");
    return 2;
  }
  const double epochs = std::atof(argv[1]);
  const int repetitions = std::atoi(argv[2]);
  one_neuron::network::Config config;  // the reference's defaults
  if (argc == 4) config.hidden = std::atof(argv[3]);

  std::vector<double> times_ms;
  std::vector<double> flat;
  double loss = 0;
  for (int r = 0; r < repetitions; ++r) {
    one_neuron::network::Trainer trainer(config);
    const auto start = std::chrono::steady_clock::now();
    trainer.train(epochs);
    const auto stop = std::chrono::steady_clock::now();
    times_ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    const one_neuron::network::Parameters& p = trainer.parameters();
    flat.assign(p.W1.begin(), p.W1.end());
    flat.insert(flat.end(), p.b1.begin(), p.b1.end());
    flat.insert(flat.end(), p.W2.begin(), p.W2.end());
    flat.push_back(p.b2);
    loss = trainer.evaluate().loss;
  }

  std::printf("{\"times_ms\":[");
  for (std::size_t i = 0; i < times_ms.size(); ++i) std::printf("%s%.6f", i ? "," : "", times_ms[i]);
  std::printf("],\"loss\":%.17g,\"parameters\":[", loss);
  for (std::size_t i = 0; i < flat.size(); ++i) std::printf("%s%.17g", i ? "," : "", flat[i]);
  std::printf("]}\n");
  return 0;
}

// The engine compiled natively, timed the way scripts/bench.mjs times the WASM module: one
// Trainer per repetition, and only its train(epochs) call on the clock. Not part of the engine.
//
// Usage: engine_bench <data.f64|post> <epochs> <repetitions>
//   data.f64: n hours then n labels, little-endian doubles (written by scripts/bench.mjs);
//   post: the post's data (hours 1..5, labels 0,0,1,1,1). Learning rate 0.1, seed 42.
// Prints one JSON object: the time of each repetition in ms and the final weight, bias and loss.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "neuron/trainer.hpp"

namespace {

one_neuron::TrainerConfig load(const std::string& source) {
  one_neuron::TrainerConfig config;  // the post's run by default
  if (source == "post") return config;
  std::ifstream file(source, std::ios::binary);
  const std::vector<char> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const std::size_t n = bytes.size() / (2 * sizeof(double));
  if (!file || n == 0 || bytes.size() != 2 * n * sizeof(double)) {
    std::fprintf(stderr, "engine_bench: cannot read %s\n", source.c_str());
    std::exit(2);
  }
  const auto* values = reinterpret_cast<const double*>(bytes.data());
  config.hours.assign(values, values + n);
  config.labels.assign(values + n, values + 2 * n);
  return config;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: engine_bench <data.f64|post> <epochs> <repetitions>\n");
    return 2;
  }
  const one_neuron::TrainerConfig config = load(argv[1]);
  const double epochs = std::atof(argv[2]);
  const int repetitions = std::atoi(argv[3]);

  std::vector<double> times_ms;
  double weight = 0, bias = 0, loss = 0;
  for (int r = 0; r < repetitions; ++r) {
    one_neuron::Trainer trainer(config);
    const auto start = std::chrono::steady_clock::now();
    trainer.train(epochs);
    const auto stop = std::chrono::steady_clock::now();
    times_ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    weight = trainer.weight();
    bias = trainer.bias();
    loss = trainer.last().loss;
  }

  std::printf("{\"times_ms\":[");
  for (std::size_t i = 0; i < times_ms.size(); ++i) std::printf("%s%.6f", i ? "," : "", times_ms[i]);
  std::printf("],\"weight\":%.17g,\"bias\":%.17g,\"loss\":%.17g}\n", weight, bias, loss);
  return 0;
}

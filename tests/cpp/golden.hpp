// Reads numbers out of the NumPy golden files (tests/golden/*.json) without a JSON library:
// the files are plain objects of numbers and arrays of numbers, written by reference_numpy.py.
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace golden {

inline std::string read_file(const std::string& name) {
  std::ifstream in(std::string(ONE_NEURON_GOLDEN_DIR) + "/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open golden file " + name);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Position just after `"key":` at or after `from`.
inline std::size_t after_key(const std::string& json, const std::string& key, std::size_t from = 0) {
  const std::size_t at = json.find("\"" + key + "\"", from);
  if (at == std::string::npos) throw std::runtime_error("no key " + key);
  return json.find(':', at) + 1;
}

inline double number(const std::string& json, const std::string& key, std::size_t from = 0) {
  return std::strtod(json.c_str() + after_key(json, key, from), nullptr);
}

inline std::vector<double> numbers(const std::string& json, const std::string& key, std::size_t from = 0) {
  std::size_t at = json.find('[', after_key(json, key, from)) + 1;
  const std::size_t end = json.find(']', at);
  std::vector<double> values;
  while (at < end) {
    char* next = nullptr;
    values.push_back(std::strtod(json.c_str() + at, &next));
    at = json.find_first_not_of(" \n\r\t,", static_cast<std::size_t>(next - json.c_str()));
  }
  return values;
}

}  // namespace golden

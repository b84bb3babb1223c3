#include "network/network.hpp"

#include "numeric/numpy_random.hpp"
#include "numeric/pairwise_sum.hpp"

namespace one_neuron::network {
namespace {

constexpr double kEpsilon = 1e-9;  // the post's: keeps log() finite at a prediction of 0 or 1

// sigmoid(z) for `count` values: musl's exp written so that the loop vectorises (numeric/musl_exp.hpp),
// and the C library's exp for the rare arguments outside its main path: the same bits as sigmoid().
void sigmoids(const double* z, std::size_t count, double* out) {
  std::size_t out_of_range = 0;
  for (std::size_t i = 0; i < count; ++i) {
    out_of_range += !exp_in_range(-z[i]);
    out[i] = 1.0 / (1.0 + musl_exp(-z[i]));
  }
  if (out_of_range == 0) return;
  for (std::size_t i = 0; i < count; ++i) {
    if (!exp_in_range(-z[i])) out[i] = sigmoid(z[i]);
  }
}

// A layer's weighted sums, z = inputs @ W + b for n points of `width` inputs and `units` units: the
// products added in input order from 0, as NumPy's BLAS does, then the bias.
void weighted_sums(const double* inputs, std::size_t n, std::size_t width, const double* W, const double* b,
                   std::size_t units, double* z) {
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t unit = 0; unit < units; ++unit) {
      double sum = 0.0;
      for (std::size_t k = 0; k < width; ++k) sum += inputs[i * width + k] * W[k * units + unit];
      z[i * units + unit] = sum + b[unit];
    }
  }
}

// A weight's gradient, (inputs.T @ delta) / n: the products added in point order, as NumPy's BLAS does.
void weight_gradients(const double* inputs, std::size_t n, std::size_t width, const double* delta, std::size_t units,
                      double* gradient) {
  const double count = static_cast<double>(n);
  for (std::size_t k = 0; k < width; ++k) {
    for (std::size_t unit = 0; unit < units; ++unit) {
      double sum = 0.0;
      for (std::size_t i = 0; i < n; ++i) sum += inputs[i * width + k] * delta[i * units + unit];
      gradient[k * units + unit] = sum / count;
    }
  }
}

// The hidden layer's bias gradients, np.mean(dz1, axis=0): NumPy adds the rows in order, except for
// a single unit, where the column is one contiguous array and its sum is pairwise.
void bias_gradients(const std::vector<double>& delta, std::size_t n, std::size_t units, std::vector<double>& gradient) {
  const double count = static_cast<double>(n);
  if (units == 1) {
    gradient[0] = pairwise_sum(delta.data(), n) / count;
    return;
  }
  for (std::size_t unit = 0; unit < units; ++unit) {
    double sum = delta[unit];
    for (std::size_t i = 1; i < n; ++i) sum += delta[i * units + unit];
    gradient[unit] = sum / count;
  }
}

}  // namespace

Parameters initial_parameters(std::size_t hidden, std::uint32_t seed) {
  NumpyRandom random(seed);
  Parameters p;
  p.hidden = hidden;
  p.W1.resize(2 * hidden);
  for (double& w : p.W1) w = random.randn();
  p.b1.assign(hidden, 0.0);
  p.W2.resize(hidden > 0 ? hidden : 2);
  for (double& w : p.W2) w = random.randn();
  p.b2 = 0.0;
  return p;
}

Parameters parameters_of(const std::vector<double>& flat, std::size_t hidden) {
  Parameters p;
  p.hidden = hidden;
  auto next = flat.begin();
  const auto take = [&next](std::vector<double>& into, std::size_t count) {
    into.assign(next, next + static_cast<std::ptrdiff_t>(count));
    next += static_cast<std::ptrdiff_t>(count);
  };
  take(p.W1, 2 * hidden);
  take(p.b1, hidden);
  take(p.W2, hidden > 0 ? hidden : 2);
  p.b2 = *next;
  return p;
}

void forward(const Parameters& parameters, Activation activation, const Points& points, Pass& pass) {
  const std::size_t n = points.size();
  const std::size_t hidden = parameters.hidden;
  pass.probability.resize(n);
  const double* output_inputs = points.inputs.data();  // with no hidden layer the output reads x1, x2
  if (hidden > 0) {
    // The hidden layer: z1 = x @ W1 + b1, h = activation(z1).
    pass.z1.resize(n * hidden);
    pass.h.resize(n * hidden);
    weighted_sums(points.inputs.data(), n, 2, parameters.W1.data(), parameters.b1.data(), hidden, pass.z1.data());
    if (activation == Activation::kSigmoid) {
      sigmoids(pass.z1.data(), n * hidden, pass.h.data());
    } else {
      for (std::size_t i = 0; i < n * hidden; ++i) pass.h[i] = activate(activation, pass.z1[i]);
    }
    output_inputs = pass.h.data();
  }
  // The output layer: z2 = h @ W2 + b2, probability = sigmoid(z2).
  pass.z2.resize(n);
  weighted_sums(output_inputs, n, hidden > 0 ? hidden : 2, parameters.W2.data(), &parameters.b2, 1, pass.z2.data());
  sigmoids(pass.z2.data(), n, pass.probability.data());
}

double loss(const Points& points, Pass& pass) {
  const std::size_t n = points.size();
  std::vector<double>& terms = pass.loss_terms;
  terms.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double p = pass.probability[i];
    // The label is exactly 0 or 1, so one of the post's two log terms is 0 x log(...), which adds
    // exactly 0: the other alone gives the same bits.
    terms[i] = std::log(points.labels[i] == 1.0 ? p + kEpsilon : 1.0 - p + kEpsilon);
  }
  return -(pairwise_sum(terms.data(), n) / static_cast<double>(n));
}

void backward(const Parameters& parameters, Activation activation, const Points& points, Pass& pass,
              Gradients& gradients) {
  const std::size_t n = points.size();
  const std::size_t hidden = parameters.hidden;
  const double count = static_cast<double>(n);
  // The output layer: error = p - y; dW2 = h.T @ error / n, db2 = mean(error).
  pass.error.resize(n);
  for (std::size_t i = 0; i < n; ++i) pass.error[i] = pass.probability[i] - points.labels[i];
  gradients.W2.resize(parameters.W2.size());
  weight_gradients(hidden > 0 ? pass.h.data() : points.inputs.data(), n, hidden > 0 ? hidden : 2, pass.error.data(), 1,
                   gradients.W2.data());
  gradients.b2 = pairwise_sum(pass.error.data(), n) / count;
  gradients.W1.resize(2 * hidden);
  gradients.b1.resize(hidden);
  if (hidden == 0) return;
  // The hidden layer: the error sent back through W2 and the bend, dz1 = (error @ W2.T) * h'(z1);
  // dW1 = x.T @ dz1 / n, db1 = mean(dz1).
  pass.sent_back.resize(n * hidden);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t unit = 0; unit < hidden; ++unit) {
      const std::size_t at = i * hidden + unit;
      pass.sent_back[at] =
          (pass.error[i] * parameters.W2[unit]) * activate_gradient(activation, pass.z1[at], pass.h[at]);
    }
  }
  weight_gradients(points.inputs.data(), n, 2, pass.sent_back.data(), hidden, gradients.W1.data());
  bias_gradients(pass.sent_back, n, hidden, gradients.b1);
}

void evaluate(const Parameters& parameters, Activation activation, const Points& points, Pass& pass,
              Gradients& gradients) {
  forward(parameters, activation, points, pass);
  gradients.loss = loss(points, pass);
  backward(parameters, activation, points, pass, gradients);
}

void descend(const Parameters& parameters, const Gradients& gradients, double learning_rate, Parameters& next) {
  const auto step = [learning_rate](const std::vector<double>& values, const std::vector<double>& gradient,
                                    std::vector<double>& out) {
    out.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) out[i] = values[i] - learning_rate * gradient[i];
  };
  next.hidden = parameters.hidden;
  step(parameters.W1, gradients.W1, next.W1);
  step(parameters.b1, gradients.b1, next.b1);
  step(parameters.W2, gradients.W2, next.W2);
  next.b2 = parameters.b2 - learning_rate * gradients.b2;
}

double predict(const Parameters& parameters, Activation activation, double x1, double x2, double* h) {
  const std::size_t hidden = parameters.hidden;
  if (hidden == 0) return sigmoid((0.0 + x1 * parameters.W2[0] + x2 * parameters.W2[1]) + parameters.b2);
  double z2 = 0.0;
  for (std::size_t unit = 0; unit < hidden; ++unit) {
    const double z1 = (0.0 + x1 * parameters.W1[unit] + x2 * parameters.W1[hidden + unit]) + parameters.b1[unit];
    const double value = activate(activation, z1);
    if (h != nullptr) h[unit] = value;
    z2 += value * parameters.W2[unit];
  }
  return sigmoid(z2 + parameters.b2);
}

void predict_row(const Parameters& parameters, Activation activation, const double* x1, std::size_t n, double x2,
                 double* probability, double* units, std::size_t stride, double* scratch) {
  const std::size_t hidden = parameters.hidden;
  double* z1 = scratch;
  double* z2 = scratch + n;
  if (hidden == 0) {
    for (std::size_t i = 0; i < n; ++i)
      z2[i] = (0.0 + x1[i] * parameters.W2[0] + x2 * parameters.W2[1]) + parameters.b2;
    sigmoids(z2, n, probability);
    return;
  }
  // z2 is summed unit by unit from 0, as predict() and forward() sum it, and the bias added last.
  for (std::size_t i = 0; i < n; ++i) z2[i] = 0.0;
  for (std::size_t unit = 0; unit < hidden; ++unit) {
    const double w1 = parameters.W1[unit], w2 = parameters.W1[hidden + unit], b = parameters.b1[unit];
    double* h = units + unit * stride;
    for (std::size_t i = 0; i < n; ++i) z1[i] = (0.0 + x1[i] * w1 + x2 * w2) + b;
    if (activation == Activation::kSigmoid) {
      sigmoids(z1, n, h);
    } else {
      for (std::size_t i = 0; i < n; ++i) h[i] = activate(activation, z1[i]);
    }
    for (std::size_t i = 0; i < n; ++i) z2[i] += h[i] * parameters.W2[unit];
  }
  for (std::size_t i = 0; i < n; ++i) z2[i] = z2[i] + parameters.b2;
  sigmoids(z2, n, probability);
}

}  // namespace one_neuron::network

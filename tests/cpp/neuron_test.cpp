// The neuron's maths: the post's worked examples, gradients against finite differences,
// and NumPy's summation order.
#include "neuron/neuron.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace {

using one_neuron::Evaluation;

TEST(Neuron, PostsWorkedExampleWeightedSumAndSigmoid) {
  // x = 4, w = 0.5, b = 0.1 gives z = 2.1 and sigma(z) about 0.89.
  const double z = one_neuron::weighted_sum(4, 0.5, 0.1);
  EXPECT_DOUBLE_EQ(z, 2.1);
  EXPECT_NEAR(one_neuron::sigmoid(z), 0.89, 0.005);
}

TEST(Neuron, PostsWorkedExampleUpdate) {
  // old weight 0.50, gradient 0.50, learning rate 0.10 gives 0.45.
  EXPECT_DOUBLE_EQ(one_neuron::descend(0.5, 0.5, 0.1), 0.45);
}

TEST(Neuron, SigmoidNeverReturnsNaNAtExtremes) {
  EXPECT_EQ(one_neuron::sigmoid(-1e300), 0.0);
  EXPECT_EQ(one_neuron::sigmoid(1e300), 1.0);
  EXPECT_EQ(one_neuron::sigmoid(0), 0.5);
}

TEST(Neuron, LossTermPunishesConfidentMistakes) {
  EXPECT_LT(one_neuron::loss_term(1, 0.99), 0.011);
  EXPECT_GT(one_neuron::loss_term(1, 0.01), 4.6);
  // Epsilon keeps a prediction of exactly 0 finite: -log(1e-9).
  EXPECT_NEAR(one_neuron::loss_term(1, 0.0), 20.72326583694641, 1e-12);
}

TEST(Neuron, GradientsMatchFiniteDifferencesOfTheLoss) {
  const std::vector<double> hours{0.5, 1, 2, 3, 4, 5, 7.5};
  const std::vector<double> labels{0, 0, 1, 0, 1, 1, 1};
  for (double weight : {-1.0, 0.3, 2.0}) {
    for (double bias : {-2.0, 0.0, 1.5}) {
      const Evaluation at = one_neuron::evaluate(hours, labels, weight, bias);
      const double h = 1e-6;
      const double dw = (one_neuron::evaluate(hours, labels, weight + h, bias).loss -
                         one_neuron::evaluate(hours, labels, weight - h, bias).loss) /
                        (2 * h);
      const double db = (one_neuron::evaluate(hours, labels, weight, bias + h).loss -
                         one_neuron::evaluate(hours, labels, weight, bias - h).loss) /
                        (2 * h);
      // The post's gradient (p - y) drops the loss's epsilon; that changes d(loss)/dp by a factor
      // p / (p + 1e-9), so allow a relative 1e-4 (p >= 1e-5 here) on top of the differencing error.
      EXPECT_NEAR(at.weight_gradient, dw, 1e-6 + 1e-4 * std::fabs(dw)) << "w=" << weight << " b=" << bias;
      EXPECT_NEAR(at.bias_gradient, db, 1e-6 + 1e-4 * std::fabs(db)) << "w=" << weight << " b=" << bias;
    }
  }
}

TEST(Neuron, LossIsMeanOfLossTerms) {
  const std::vector<double> hours{1, 2, 3};
  const std::vector<double> labels{0, 1, 1};
  const Evaluation at = one_neuron::evaluate(hours, labels, 0.7, -0.2);
  double sum = 0;
  for (int i = 0; i < 3; ++i) sum += one_neuron::loss_term(labels[i], one_neuron::predict(hours[i], 0.7, -0.2));
  EXPECT_NEAR(at.loss, sum / 3, 1e-15);
}

// Bit-level agreement with NumPy on large data sets (a 300-row run, over more than one block of 128)
// is checked against reference_numpy.py in tests/node/cli.test.mjs; here, that the blocked sum is
// accurate.
TEST(Neuron, PairwiseSumIsAccurate) {
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> uniform(-1, 1);
  for (std::size_t n : {0u, 1u, 7u, 8u, 9u, 127u, 128u, 129u, 1000u, 100003u}) {
    std::vector<double> values(n);
    long double exact = 0;
    for (double& v : values) {
      v = uniform(random);
      exact += v;
    }
    const double sum = one_neuron::pairwise_sum(values.data(), n);
    EXPECT_NEAR(sum, static_cast<double>(exact), 1e-12) << n;
  }
}

}  // namespace

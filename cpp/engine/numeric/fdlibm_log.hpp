// The natural logarithm of fdlibm (__ieee754_log, also behind V8's Math.log), for positive normal
// arguments only, written without branches so that a loop over it vectorises (SSE2 natively,
// -msimd128 in WebAssembly). The loss needs it at p + eps and 1 - p + eps, which lie in
// [1e-9, 1 + 1e-9]: never zero, negative, subnormal, infinite or NaN, so fdlibm's special cases
// are left out. Error below 1 ulp, like the C library's log it replaces in the hot loop.
#pragma once

#include <cstdint>
#include <cstring>

namespace one_neuron {

inline double fdlibm_log(double x) {
  // x = 2^k * m with m in [sqrt(2)/2, sqrt(2)): subtracting the bits of (about) sqrt(2)/2 moves the
  // exponent field by one exactly when the mantissa is at least sqrt(2)'s (fdlibm's 0x6a09c test).
  constexpr std::uint64_t kSqrtHalfBits = 0x3fe6a09c00000000;
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  const std::uint64_t offset = bits - kSqrtHalfBits;
  const std::int64_t k = static_cast<std::int64_t>(offset) >> 52;  // arithmetic shift: k may be < 0
  const std::uint64_t m_bits = bits - (offset & 0xfff0000000000000);
  double m;
  std::memcpy(&m, &m_bits, sizeof m);

  // log(m) = log(1 + f) = 2 atanh(s) with s = f / (2 + f): a polynomial in s^2 (fdlibm's Lg1..Lg7).
  constexpr double kLn2Hi = 6.93147180369123816490e-01;  // ln 2, top 32 bits
  constexpr double kLn2Lo = 1.90821492927058770002e-10;  // ln 2 - kLn2Hi
  constexpr double kLg1 = 6.666666666666735130e-01, kLg2 = 3.999999999940941908e-01;
  constexpr double kLg3 = 2.857142874366239149e-01, kLg4 = 2.222219843214978396e-01;
  constexpr double kLg5 = 1.818357216161805012e-01, kLg6 = 1.531383769920937332e-01;
  constexpr double kLg7 = 1.479819860511658591e-01;
  const double f = m - 1.0;
  const double s = f / (2.0 + f);
  const double z = s * s;
  const double w = z * z;
  const double t1 = w * (kLg2 + w * (kLg4 + w * kLg6));
  const double t2 = z * (kLg1 + w * (kLg3 + w * (kLg5 + w * kLg7)));
  const double r = t2 + t1;
  const double half_f_squared = 0.5 * f * f;
  const double dk = static_cast<double>(k);
  // fdlibm's most accurate form (its "hfsq" branch), taken for every f.
  return dk * kLn2Hi - ((half_f_squared - (s * (half_f_squared + r) + dk * kLn2Lo)) - f);
}

}  // namespace one_neuron

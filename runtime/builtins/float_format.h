// Floats as php's printf family writes them (main/snprintf.c, php_conv_fp): fixed
// ("%f") and exponential ("%e") notation. General notation ("%g", echo, var_dump) is
// php_gcvt, which runtime/conversions.h implements as format_double_into().
//
// php gets its digits from zend_dtoa, which rounds correctly from the exact binary
// value (ties to even only where the binary value is an exact half, like 0.125),
// so sprintf('%.2f', 1.005) is "1.00": 1.005 is stored as 1.00499999999999989...
// std::to_chars with a precision rounds the same way, and gives the same digits;
// php's layout around the digits (no exponent padding: "1.500000e+3") is rebuilt here.
// Both notations pad the digits with zeros to the precision, so zend_dtoa's one
// rounding quirk (trailing zeros kept after an integral tie, see float_format.cpp in
// runtime/) cannot show through them.
#pragma once

#include <cstddef>

namespace miniphp::runtime::builtins {

// Large enough for any result below: 309 integer digits, the point, and up to
// kMaxFixedPrecision places.
inline constexpr size_t kFloatBufferSize = 1024;
// php_conv_fp caps precision at NDIG - 2.
inline constexpr int kMaxFixedPrecision = 318;

// php_conv_fp('F'): `magnitude` (finite, >= 0) with exactly `precision` places after
// `dec_point` (no point when precision is 0). Returns the length written to buf.
size_t format_fixed(char* buf, double magnitude, int precision, char dec_point);

// php_conv_fp('e' / 'E'): `magnitude` (finite, >= 0) as d.ddddde+N with `precision`
// digits after the point and php's unpadded exponent ("1.5e+3", "1.0e-7", "0.0e+0").
size_t format_exponential(char* buf, double magnitude, int precision, char exp_char);

} // namespace miniphp::runtime::builtins

// Numeric strings: how php 8 reads a number out of a string.
//
// Two readers, as in Zend:
//   - parse_numeric mirrors _is_numeric_string_ex (Zend/zend_operators.c). It accepts
//     leading whitespace (" \t\n\r\v\f"), a sign, decimal digits, an optional fraction
//     and exponent, then trailing whitespace. Integers that fit stay ints; more than 19
//     significant digits, or 19 digits at or past 9223372036854775808, make a double
//     and record the overflow direction. Anything else after the number is "trailing
//     data": the string is then only leading-numeric ("5 apples"), which arithmetic
//     accepts with a warning and comparison treats as non-numeric.
//   - string_to_double mirrors zend_strtod as the (float) cast uses it: the longest
//     decimal prefix after leading whitespace, with no notion of trailing data.
//
// Neither accepts hex, octal, binary, "inf" or "nan": "0x1A" is 0 followed by "x1A".
//
// The decimal text itself is converted with std::from_chars, which rounds correctly
// like David Gay's strtod in zend_strtod.c; only overflow and underflow need care,
// because from_chars reports them instead of returning +-INF or 0.
#include <charconv>
#include <cstring>
#include <limits>

#include "runtime/conversions.h"

namespace miniphp::runtime {

namespace {

bool is_numeric_space(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool is_digit(int c) { return c >= '0' && c <= '9'; }

// The byte at p, or 0 at the end: php scans NUL-terminated buffers, so the end of a
// string behaves like a NUL byte.
int byte_at(const char* p, const char* end) { return p < end ? static_cast<unsigned char>(*p) : 0; }

// Decimal exponent of the leading significant digit of the mantissa [p, end) (which
// holds digits and at most one '.'), plus `exponent`: positive means the value is
// at least 1. Used only to tell overflow from underflow.
long magnitude_of(const char* p, const char* end, long exponent)
{
    long int_digits = 0;
    bool seen_nonzero = false;
    long leading_fraction_zeros = 0;
    bool in_fraction = false;
    for (; p < end; ++p) {
        if (*p == '.') {
            in_fraction = true;
            continue;
        }
        if (!in_fraction) {
            if (seen_nonzero || *p != '0') {
                seen_nonzero = true;
                ++int_digits;
            }
        } else if (!seen_nonzero) {
            if (*p == '0')
                ++leading_fraction_zeros;
            else
                seen_nonzero = true;
        }
    }
    long lead = int_digits > 0 ? int_digits : -leading_fraction_zeros;
    return lead + exponent;
}

// Reads the longest decimal prefix of [p, end) as zend_strtod does: optional sign,
// digits with an optional '.', and an exponent only when at least one digit follows
// 'e' (and its sign). Returns the end of the prefix, or p when there is no number
// (then value is 0).
const char* scan_decimal(const char* p, const char* end, double& value)
{
    value = 0.0;
    const char* s = p;
    bool negative = false;
    if (s < end && (*s == '-' || *s == '+')) {
        negative = *s == '-';
        ++s;
    }
    const char* mantissa = s;
    while (s < end && is_digit(*s))
        ++s;
    size_t digit_count = static_cast<size_t>(s - mantissa);
    if (s < end && *s == '.') {
        const char* f = s + 1;
        while (f < end && is_digit(*f))
            ++f;
        digit_count += static_cast<size_t>(f - s - 1);
        if (digit_count > 0)
            s = f;
    }
    if (digit_count == 0)
        return p;
    const char* mantissa_end = s;
    long exponent = 0;
    if (s < end && (*s == 'e' || *s == 'E')) {
        const char* e = s + 1;
        bool exp_negative = false;
        if (e < end && (*e == '+' || *e == '-')) {
            exp_negative = *e == '-';
            ++e;
        }
        if (e < end && is_digit(*e)) {
            while (e < end && is_digit(*e)) {
                if (exponent < 100000)
                    exponent = exponent * 10 + (*e - '0');
                ++e;
            }
            if (exp_negative)
                exponent = -exponent;
            s = e;
        }
    }
    double magnitude = 0.0;
    auto [ptr, ec] = std::from_chars(mantissa, s, magnitude, std::chars_format::general);
    if (ec == std::errc::result_out_of_range) {
        magnitude = magnitude_of(mantissa, mantissa_end, exponent) > 0
            ? std::numeric_limits<double>::infinity()
            : 0.0;
    }
    (void)ptr;
    value = negative ? -magnitude : magnitude;
    return s;
}

// strcmp of the NUL-terminated text starting at p (the string ends at `end` or at
// its first NUL byte) against a literal, as php compares the 19 digits of a long.
int c_strcmp(const char* p, const char* end, const char* literal)
{
    for (;; ++p, ++literal) {
        int a = byte_at(p, end);
        int b = static_cast<unsigned char>(*literal);
        if (a != b || a == 0)
            return a - b;
    }
}

constexpr int kMaxLongDigits = 20; // MAX_LENGTH_OF_LONG on 64-bit
constexpr const char* kLongMinDigits = "9223372036854775808";

} // namespace

NumericPrefix parse_numeric(std::string_view text)
{
    NumericPrefix result;
    if (text.empty())
        return result;
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end && is_numeric_space(static_cast<unsigned char>(*p)))
        ++p;
    const char* const start = p; // first byte after the whitespace, sign included
    const char* ptr = p;
    bool negative = false;
    if (byte_at(ptr, end) == '-') {
        negative = true;
        ++ptr;
    } else if (byte_at(ptr, end) == '+') {
        ++ptr;
    }

    bool is_double = false;
    int digits = 0;
    uint64_t accumulated = 0;
    if (is_digit(byte_at(ptr, end))) {
        while (byte_at(ptr, end) == '0')
            ++ptr;
        // Collect integer digits until something says "double": a '.', an exponent
        // with digits, or more digits than any int64 has.
        for (;;) {
            if (digits >= kMaxLongDigits) {
                result.overflow = *start == '-' ? -1 : 1;
                is_double = true;
                break;
            }
            int c = byte_at(ptr, end);
            if (is_digit(c)) {
                accumulated = accumulated * 10 + static_cast<uint64_t>(c - '0');
                ++digits;
                ++ptr;
                continue;
            }
            if (c == '.') {
                is_double = true;
                break;
            }
            if (c == 'e' || c == 'E') {
                const char* e = ptr + 1;
                int sign = byte_at(e, end);
                if (sign == '-' || sign == '+') {
                    // php moves its cursor onto the exponent's sign even when no digit
                    // follows; the 19-digit check below then reads from one byte
                    // later ("9223372036854775808e-" becomes PHP_INT_MIN). Kept on
                    // purpose so such strings convert as php converts them.
                    ptr = e;
                    ++e;
                }
                if (is_digit(byte_at(e, end))) {
                    is_double = true;
                    break;
                }
            }
            break;
        }
    } else if (byte_at(ptr, end) == '.' && is_digit(byte_at(ptr + 1, end))) {
        is_double = true;
    } else {
        return result;
    }

    double dval = 0.0;
    if (is_double)
        ptr = scan_decimal(start, end, dval);

    if (ptr != end) {
        const char* q = ptr;
        while (q < end && is_numeric_space(static_cast<unsigned char>(*q)))
            ++q;
        if (q != end)
            result.has_trailing_data = true;
    }
    result.whole = !result.has_trailing_data;

    if (!is_double) {
        if (digits == kMaxLongDigits - 1) {
            int cmp = c_strcmp(ptr - digits, end, kLongMinDigits);
            if (!(cmp < 0 || (cmp == 0 && *start == '-'))) {
                scan_decimal(start, end, dval);
                result.type = NumericType::Double;
                result.double_value = dval;
                result.overflow = *start == '-' ? -1 : 1;
                return result;
            }
        }
        if (negative)
            accumulated = 0 - accumulated;
        result.type = NumericType::Long;
        result.long_value = static_cast<int64_t>(accumulated);
        return result;
    }
    result.type = NumericType::Double;
    result.double_value = dval;
    return result;
}

double string_to_double(std::string_view text)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end && is_numeric_space(static_cast<unsigned char>(*p)))
        ++p;
    double value = 0.0;
    scan_decimal(p, end, value);
    return value;
}

} // namespace miniphp::runtime

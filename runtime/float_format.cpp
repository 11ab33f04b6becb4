// Floats as text, the way php prints them (PHP_SEMANTICS.md section 6.3).
//
// php formats every float in two steps, and so do we:
//   1. Digits. zend_dtoa yields the significant decimal digits (no trailing zeros) and
//      `decpt`, the position of the decimal point relative to them (0.012 is "12" with
//      decpt -1; 1500 is "15" with decpt 4). echo and string conversion ask for
//      `precision` (14) correctly rounded digits, dtoa mode 2; var_dump, var_export and
//      json_encode (serialize_precision = -1) ask for the shortest digits that read back
//      as the same double, dtoa mode 0. std::to_chars gives both: with a precision it
//      rounds the exact binary value to nearest, ties to even, as dtoa does; without,
//      it returns the shortest round-trip digits, closest to the exact value.
//   2. Layout, php_gcvt in main/snprintf.c: exponent form "D.DDDE+X" when
//      decpt > P (P = precision, or 17 for the shortest form) or decpt < -3, with ".0"
//      when there is a single digit (1.0E+25) and no padding of the exponent; otherwise
//      plain digits, "0.000DDD" for small values. A negative sign is kept for -0.0.
//      INF, -INF and NAN are cut to P characters, as php_gcvt's snprintf cuts them
//      (precision 1 prints "I").
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "runtime/conversions.h"

namespace miniphp::runtime {

namespace {

constexpr int kShortestThreshold = 17; // php_gcvt's ndigit in mode 0
constexpr int kMaxPrecision = 500;      // keeps the text within kMaxDoubleText

struct Digits {
    char text[kMaxPrecision + 8];
    int count = 0;
    int decpt = 0;
};

// Splits std::to_chars' scientific output "D.DDDe+XX" (for a non-negative finite
// value) into digits without trailing zeros and decpt.
void split_scientific(const char* first, const char* last, Digits& out)
{
    int n = 0;
    const char* p = first;
    for (; p < last && *p != 'e'; ++p) {
        if (*p != '.')
            out.text[n++] = *p;
    }
    // p is at 'e'; the exponent has a sign and at least two digits.
    int exponent = 0;
    bool negative = p + 1 < last && p[1] == '-';
    for (const char* q = p + 2; q < last; ++q)
        exponent = exponent * 10 + (*q - '0');
    if (negative)
        exponent = -exponent;
    while (n > 1 && out.text[n - 1] == '0')
        --n;
    out.count = n;
    out.decpt = exponent + 1;
}

// zend_dtoa's one quirk that std::to_chars does not share. For an integral value below
// 10^15 rounded to at most 14 digits (Quick_max), an exact tie makes dtoa's quick
// floating-point pass give up, and the "small integer" pass that takes over rounds
// half to even but keeps the trailing zeros it generated: with precision 14,
// 123456789012305.0 prints 1.2345678901230E+14 (and 123456789012304.0 prints
// 1.234567890123E+14). Returns true and fills `out` in that case.
bool small_integer_tie(double magnitude, int precision, Digits& out)
{
    constexpr int kQuickMax = 14;
    if (precision > kQuickMax || magnitude >= 1e15 || magnitude != std::floor(magnitude))
        return false;
    uint64_t n = static_cast<uint64_t>(magnitude);
    char text[24];
    int length = static_cast<int>(std::to_chars(text, text + sizeof text, n).ptr - text);
    int dropped = length - precision;
    if (dropped <= 0)
        return false;
    uint64_t scale = 1;
    for (int i = 0; i < dropped; ++i)
        scale *= 10;
    uint64_t kept = n / scale;
    if ((n % scale) * 2 != scale || kept % 2 != 0)
        return false; // not a tie, or a tie that rounds up: to_chars agrees with dtoa
    std::memcpy(out.text, text, static_cast<size_t>(precision));
    out.count = precision;
    out.decpt = length;
    return true;
}

// Digits of |d| (finite): `precision` significant digits, or the shortest round-trip
// digits when precision is -1.
void make_digits(double magnitude, int precision, Digits& out)
{
    if (precision > 0 && small_integer_tie(magnitude, precision, out))
        return;
    char buf[kMaxPrecision + 32];
    std::to_chars_result r = precision < 0
        ? std::to_chars(buf, buf + sizeof buf, magnitude, std::chars_format::scientific)
        : std::to_chars(buf, buf + sizeof buf, magnitude, std::chars_format::scientific,
                        precision - 1);
    split_scientific(buf, r.ptr, out);
}

// php_gcvt's layout of digits into `out`; returns the length.
size_t lay_out(char* out, bool negative, const Digits& digits, int threshold)
{
    char* dst = out;
    if (negative)
        *dst++ = '-';
    int decpt = digits.decpt;
    if (decpt > threshold || decpt < -3) {
        // Exponent form: first digit, '.', the rest (or "0"), 'E', sign, exponent.
        int exponent = decpt - 1;
        *dst++ = digits.text[0];
        *dst++ = '.';
        if (digits.count == 1) {
            *dst++ = '0';
        } else {
            std::memcpy(dst, digits.text + 1, static_cast<size_t>(digits.count - 1));
            dst += digits.count - 1;
        }
        *dst++ = 'E';
        *dst++ = exponent < 0 ? '-' : '+';
        std::to_chars_result r = std::to_chars(dst, dst + 8, exponent < 0 ? -exponent : exponent);
        dst = r.ptr;
    } else if (decpt <= 0) {
        // 0.000ddd: -decpt zeros after the point.
        *dst++ = '0';
        *dst++ = '.';
        for (int i = decpt; i < 0; ++i)
            *dst++ = '0';
        std::memcpy(dst, digits.text, static_cast<size_t>(digits.count));
        dst += digits.count;
    } else {
        // Integer part padded with zeros up to decpt, then any remaining digits.
        for (int i = 0; i < decpt; ++i)
            *dst++ = i < digits.count ? digits.text[i] : '0';
        if (digits.count > decpt) {
            *dst++ = '.';
            std::memcpy(dst, digits.text + decpt, static_cast<size_t>(digits.count - decpt));
            dst += digits.count - decpt;
        }
    }
    return static_cast<size_t>(dst - out);
}

} // namespace

size_t format_double_into(char* out, double d, int precision)
{
    bool shortest = precision < 0;
    if (precision == 0)
        precision = 1;
    if (precision > kMaxPrecision)
        precision = kMaxPrecision;
    int threshold = shortest ? kShortestThreshold : precision;

    if (!std::isfinite(d)) {
        const char* text = std::isnan(d) ? "NAN" : (d < 0 ? "-INF" : "INF");
        size_t len = std::strlen(text);
        if (len > static_cast<size_t>(threshold))
            len = static_cast<size_t>(threshold);
        std::memcpy(out, text, len);
        return len;
    }

    bool negative = std::signbit(d);
    double magnitude = std::fabs(d);
    Digits digits;
    if (magnitude == 0.0) {
        digits.text[0] = '0';
        digits.count = 1;
        digits.decpt = 1;
    } else {
        make_digits(magnitude, shortest ? -1 : precision, digits);
    }
    return lay_out(out, negative, digits, threshold);
}

std::string format_double_precision(double d, int precision)
{
    char buf[kMaxDoubleText];
    size_t len = format_double_into(buf, d, precision);
    return std::string(buf, len);
}

std::string format_double_repr(double d)
{
    char buf[kMaxDoubleText];
    size_t len = format_double_into(buf, d, -1);
    return std::string(buf, len);
}

} // namespace miniphp::runtime

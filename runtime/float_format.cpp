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
//
// Speed. std::to_chars costs some 750 instructions per double in either mode, more
// than all the rest of a string conversion, so step 1 first tries a short exact
// computation, scaled_digits: scale x by one exact power of ten so that its P digits
// are the integer part, and round that. It answers for precisions up to 15 and
// magnitudes from about 1e-9 to 1e36, except when the scaled value lies too near a
// half (about 4% of doubles at precision 14, every exact tie among them); the shortest
// form is the 14-digit answer when that reads back as x. Everything else goes to
// std::to_chars (reference_digits). The fast path never guesses: when it answers, its
// digits are the ones the reference path gives, for the reasons written above
// scaled_digits, and the unit tests compare the two on millions of doubles through
// format_double_reference_into. (Trying std::to_chars's shortest digits first and
// rounding only when they are too long would not help: libstdc++'s shortest
// conversion costs as much as its rounded one.)
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "runtime/conversions.h"

namespace miniphp::runtime {

namespace {

constexpr int kShortestThreshold = 17; // php_gcvt's ndigit in mode 0
constexpr int kMaxPrecision = 500;      // keeps the text within kMaxDoubleText

constexpr int kDigitsSlack = 16; // see copy_digits

struct Digits {
    char text[kMaxPrecision + 8 + kDigitsSlack];
    int count = 0;
    int decpt = 0;
};

// ---- The reference path: std::to_chars ------------------------------------------

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

// Digits of a positive finite magnitude: `precision` significant digits, or the
// shortest round-trip digits when precision is -1.
void reference_digits(double magnitude, int precision, Digits& out)
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

// ---- The fast path: one scaling by an exact power of ten -------------------------

// 10^0 .. 10^22, every one exact in a double (5^22 < 2^53).
constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxExactPower = 22;
constexpr uint64_t kIntegerPowersOfTen[] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull,
                                            1000000ull, 10000000ull, 100000000ull,
                                            1000000000ull, 10000000000ull, 100000000000ull,
                                            1000000000000ull, 10000000000000ull,
                                            100000000000000ull, 1000000000000000ull};
// Largest precision the fast path takes (see the bound below).
constexpr int kMaxScaledPrecision = 15;
// The precision whose digits the shortest form is first tried with.
constexpr int kShortestTrial = 14;

// The `precision` (P, 1..15) correctly rounded significant digits of x (positive,
// finite) into `out`, and into `significand` as an integer without trailing zeros;
// or false when this cheap method cannot be sure of them.
//
// Why the answer is right when it is given. Let j be such that y = fl(x * 10^j) (or
// fl(x / 10^-j) when j < 0) lies in [10^(P-1), 10^P); 10^|j| <= 10^22 is exact, so y is
// the exact product X = x * 10^j rounded once, and |y - X| <= 2^-53 * X, which is
// below 2^-52 * 10^P: call that the margin m (about 0.022 for P = 14, 0.22 for 15).
//   - If 10^(P-1) <= X < 10^P, the P digits wanted are round(X), the integer nearest
//     X; P <= 15 keeps X below 2^53, so y's integer part and fraction f are exact.
//     When |f - 0.5| > m, X is on the same side of whole + 0.5 as y, never on it,
//     so round(X) = round(y): no tie, which is also why dtoa's small-integer quirk
//     (ties only) and the round-half-even rule never come into play here.
//   - Rounding is monotone and 10^(P-1), 10^P are doubles, so X >= 10^P would give
//     y >= 10^P: X is below 10^P. It may be just below 10^(P-1) when y rounded up
//     onto it (y = 10^(P-1) exactly, X less than 2^-53 * 10^(P-1) below, under 0.012
//     for P <= 15). Then x belongs to the decade below, its P digits reach tenths of
//     X, and the nearest tenth to X is 10^(P-1) = round(y): the digits match again.
// Everything else (exact ties and near-ties, |j| > 22: below about 1e-9 or above
// about 1e36, subnormals among them) answers false.
bool scaled_digits(double x, int precision, Digits& out, uint64_t& significand)
{
    // floor(log10(x)) is floor(E * log10(2)) or one more, E the binary exponent;
    // 1233 / 4096 is log10(2) to within 5e-6, and the loop below corrects the rest.
    int binary_exponent = static_cast<int>(std::bit_cast<uint64_t>(x) >> 52) - 1023;
    int j = precision - 1 - ((binary_exponent * 1233) >> 12);
    double low = kPowersOfTen[precision - 1];
    double high = kPowersOfTen[precision];
    double y;
    for (int attempt = 0;; ++attempt) {
        if (j > kMaxExactPower || j < -kMaxExactPower || attempt == 3)
            return false;
        y = j >= 0 ? x * kPowersOfTen[j] : x / kPowersOfTen[-j];
        if (y >= high)
            --j;
        else if (y < low)
            ++j;
        else
            break;
    }
    auto whole = static_cast<uint64_t>(y); // y < 10^15: the cast truncates exactly
    double fraction = y - static_cast<double>(whole); // exact: y / 2 <= whole <= y (Sterbenz)
    double margin = high * 0x1p-52;
    if (std::fabs(fraction - 0.5) <= margin)
        return false;
    uint64_t n = whole + (fraction > 0.5 ? 1 : 0);
    // x is about n * 10^-j with n of P digits (or n = 10^P), so the point sits P - j
    // digits in. Trailing zeros come off n first (at most 15 of them: 8, 4, 2, 1),
    // so that only the digits kept are written.
    int count = precision;
    out.decpt = precision - j;
    if (n == kIntegerPowersOfTen[precision]) {
        n = 1;
        count = 1;
        ++out.decpt;
    }
    if (n % 100000000 == 0) {
        n /= 100000000;
        count -= 8;
    }
    if (n % 10000 == 0) {
        n /= 10000;
        count -= 4;
    }
    if (n % 100 == 0) {
        n /= 100;
        count -= 2;
    }
    if (n % 10 == 0) {
        n /= 10;
        count -= 1;
    }
    write_decimal_backwards(out.text + count, n, count);
    out.count = count;
    significand = n;
    return true;
}

// The shortest round-trip digits of x (positive, finite) when they number at most 14,
// or false.
//
// Why. Let S be the shortest digits (dtoa mode 0). S lies within half a unit in the
// last place of x, at most 2^-53 * x away since x is normal (scaled_digits answers
// only above about 1e-9); with X and y as above for P = 14 that is less than 0.012 in
// units of the P-th digit. If S has at most 14 digits, S * 10^j is an integer: below
// 10^(P-1) it would be a multiple of 0.1, so at least 0.1 below, while X is less than
// 0.012 below. The only integer that near X is the one scaled_digits rounds to
// (round(X), or 10^(P-1) in its decade-below case), so S is its 14-digit answer R.
// Hence: take R and check that it reads back as x. R's significand (below 2^53) and
// 10^|k| <= 10^22 are exact doubles, so fl(n / 10^k) or fl(n * 10^k) is R correctly
// rounded, as strtod rounds it (Clinger's fast case). If R reads back, S is at most
// as long as R, hence at most 14 digits, hence equal to R; if it does not, S has 15
// or more digits and the caller asks to_chars. (S is unique at its length: no other
// 14-digit value is that near x.)
bool shortest_scaled_digits(double x, Digits& out)
{
    uint64_t n;
    if (!scaled_digits(x, kShortestTrial, out, n))
        return false;
    int exponent = out.decpt - out.count; // R = n * 10^exponent
    if (exponent < -kMaxExactPower || exponent > kMaxExactPower)
        return false;
    double back = exponent < 0 ? static_cast<double>(n) / kPowersOfTen[-exponent]
                               : static_cast<double>(n) * kPowersOfTen[exponent];
    return back == x;
}

// ---- Layout ------------------------------------------------------------------------

// Copies `count` digits. Up to 16 go as one fixed 16-byte copy, a pair of moves
// rather than a call: Digits::text and the kMaxDoubleText output both have room for
// the bytes past the end (kDigitsSlack, and at most ~510 bytes of text in 1100).
inline void copy_digits(char* dst, const char* src, int count)
{
    if (count <= kDigitsSlack)
        std::memcpy(dst, src, kDigitsSlack);
    else
        std::memcpy(dst, src, static_cast<size_t>(count));
}

// php_gcvt's layout of digits into `out`; returns the length.
size_t lay_out(char* out, bool negative, const Digits& digits, int threshold)
{
    char* dst = out;
    *dst = '-';
    dst += negative ? 1 : 0;
    int decpt = digits.decpt;
    int count = digits.count;
    if (decpt > threshold || decpt < -3) [[unlikely]] {
        // Exponent form: first digit, '.', the rest (or "0"), 'E', sign, exponent.
        int exponent = decpt - 1;
        *dst++ = digits.text[0];
        *dst++ = '.';
        if (count == 1) {
            *dst++ = '0';
        } else {
            copy_digits(dst, digits.text + 1, count - 1);
            dst += count - 1;
        }
        *dst++ = 'E';
        *dst++ = exponent < 0 ? '-' : '+';
        unsigned magnitude = static_cast<unsigned>(exponent < 0 ? -exponent : exponent);
        int length = decimal_length(magnitude); // at most 3: 10^-324 .. 10^308
        write_decimal_backwards(dst + length, magnitude, length);
        dst += length;
    } else if (decpt <= 0) {
        // 0.000ddd: -decpt zeros after the point.
        std::memcpy(dst, "0.000", 5);
        dst += 2 - decpt;
        copy_digits(dst, digits.text, count);
        dst += count;
    } else if (count <= decpt) {
        // An integer: the digits, then zeros up to the point.
        copy_digits(dst, digits.text, count);
        dst += count;
        int zeros = decpt - count;
        if (zeros <= kDigitsSlack)
            std::memset(dst, '0', kDigitsSlack);
        else
            std::memset(dst, '0', static_cast<size_t>(zeros));
        dst += zeros;
    } else {
        // Integer part, '.', the remaining digits.
        copy_digits(dst, digits.text, decpt);
        dst += decpt;
        *dst++ = '.';
        copy_digits(dst, digits.text + decpt, count - decpt);
        dst += count - decpt;
    }
    return static_cast<size_t>(dst - out);
}

// Both entry points share everything but the digit generator.
template <bool kReferenceOnly>
size_t format_double(char* out, double d, int precision)
{
    bool shortest = precision < 0;
    if (precision == 0)
        precision = 1;
    if (precision > kMaxPrecision)
        precision = kMaxPrecision;
    int threshold = shortest ? kShortestThreshold : precision;

    if (!std::isfinite(d)) [[unlikely]] {
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
    uint64_t unused_significand;
    if (magnitude == 0.0) {
        digits.text[0] = '0';
        digits.count = 1;
        digits.decpt = 1;
    } else if (kReferenceOnly) {
        reference_digits(magnitude, shortest ? -1 : precision, digits);
    } else if (shortest ? !shortest_scaled_digits(magnitude, digits)
                        : (precision > kMaxScaledPrecision ||
                           !scaled_digits(magnitude, precision, digits, unused_significand))) {
        reference_digits(magnitude, shortest ? -1 : precision, digits);
    }
    return lay_out(out, negative, digits, threshold);
}

} // namespace

size_t format_double_into(char* out, double d, int precision)
{
    return format_double<false>(out, d, precision);
}

size_t format_double_reference_into(char* out, double d, int precision)
{
    return format_double<true>(out, d, precision);
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

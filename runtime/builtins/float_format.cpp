#include "runtime/builtins/float_format.h"

#include <cassert>
#include <charconv>
#include <cstring>

namespace miniphp::runtime::builtins {

namespace {

// Writes a php exponent: sign always, digits unpadded (ap_php_conv_10).
char* write_exponent(char* p, int exponent)
{
    *p++ = exponent < 0 ? '-' : '+';
    unsigned magnitude = exponent < 0 ? static_cast<unsigned>(-exponent) : static_cast<unsigned>(exponent);
    char digits[12];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    while (n > 0)
        *p++ = digits[--n];
    return p;
}

} // namespace

size_t format_fixed(char* buf, double magnitude, int precision, char dec_point)
{
    assert(precision >= 0 && precision <= kMaxFixedPrecision);
    auto [end, ec] = std::to_chars(buf, buf + kFloatBufferSize, magnitude, std::chars_format::fixed, precision);
    assert(ec == std::errc());
    if (dec_point != '.' && precision > 0) {
        char* point = static_cast<char*>(std::memchr(buf, '.', static_cast<size_t>(end - buf)));
        if (point != nullptr)
            *point = dec_point;
    }
    return static_cast<size_t>(end - buf);
}

size_t format_exponential(char* buf, double magnitude, int precision, char exp_char)
{
    char tmp[kFloatBufferSize];
    auto [end, ec] = std::to_chars(tmp, tmp + sizeof tmp, magnitude, std::chars_format::scientific, precision);
    assert(ec == std::errc());
    const char* e = static_cast<const char*>(std::memchr(tmp, 'e', static_cast<size_t>(end - tmp)));
    size_t mantissa = static_cast<size_t>(e - tmp);
    std::memcpy(buf, tmp, mantissa);
    char* p = buf + mantissa;
    *p++ = exp_char;
    int exponent = 0;
    std::from_chars(e + 1 + (e[1] == '+' ? 1 : 0), end, exponent);
    p = write_exponent(p, exponent);
    return static_cast<size_t>(p - buf);
}

} // namespace miniphp::runtime::builtins

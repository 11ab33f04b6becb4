// Integers as decimal text, without snprintf or std::to_chars: echo, string
// conversion and concatenation print an int for nearly every `$s .= $i`, so this is
// a hot path. Digits are written two at a time from a 200-byte table of the pairs
// "00".."99", backwards from the end because the low digits come out first: blocks
// of eight split off in 64-bit arithmetic, then four at a time in 32-bit (divisions
// by constants, which the compiler turns into multiplications).
//
// float_format.cpp uses the same writer for the digits of a scaled double.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace miniphp::runtime {

namespace integer_text {

inline constexpr char kDigitPairs[201] =
    "00010203040506070809"
    "10111213141516171819"
    "20212223242526272829"
    "30313233343536373839"
    "40414243444546474849"
    "50515253545556575859"
    "60616263646566676869"
    "70717273747576777879"
    "80818283848586878889"
    "90919293949596979899";

} // namespace integer_text

// Number of decimal digits of n (1 for 0). The bit length b gives t = floor(b *
// log10(2)) (1233 / 4096 is close enough for b <= 64), and 2^(b-1) <= n < 2^b puts n
// in [10^(t-1), 10^(t+1)): one compare with 10^t settles it.
inline int decimal_length(uint64_t n)
{
    static constexpr uint64_t kPowers[20] = {
        1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull,
        100000000ull, 1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull,
        10000000000000ull, 100000000000000ull, 1000000000000000ull, 10000000000000000ull,
        100000000000000000ull, 1000000000000000000ull, 10000000000000000000ull};
    n |= 1; // 0 has one digit, as 1 does
    int t = ((64 - std::countl_zero(n)) * 1233) >> 12;
    return t + (n >= kPowers[t] ? 1 : 0);
}

// Writes the `count` (at most 8) low decimal digits of n so that they end just
// before `end`, with leading zeros if n has fewer digits. Four digits per round
// halve the loop overhead of a pair per round.
inline void write_small_decimal_backwards(char* end, uint32_t n, int count)
{
    while (count >= 4) {
        uint32_t high = n / 10000;
        uint32_t low = n - high * 10000;
        std::memcpy(end - 2, integer_text::kDigitPairs + 2 * (low % 100), 2);
        std::memcpy(end - 4, integer_text::kDigitPairs + 2 * (low / 100), 2);
        n = high;
        end -= 4;
        count -= 4;
    }
    if (count >= 2) {
        std::memcpy(end - 2, integer_text::kDigitPairs + 2 * (n % 100), 2);
        n /= 100;
        end -= 2;
        count -= 2;
    }
    if (count == 1)
        end[-1] = static_cast<char>('0' + n % 10);
}

// Writes the `count` low decimal digits of n so that they end just before `end`
// (leading zeros when n has fewer digits). Callers pass count = decimal_length(n)
// for plain text. Eight digits at a time come off in 32-bit arithmetic, which is
// cheaper than dividing the whole 64-bit number by 100 for every pair.
inline void write_decimal_backwards(char* end, uint64_t n, int count)
{
    while (count > 8) {
        auto low = static_cast<uint32_t>(n % 100000000);
        n /= 100000000;
        write_small_decimal_backwards(end, low, 8);
        end -= 8;
        count -= 8;
    }
    write_small_decimal_backwards(end, static_cast<uint32_t>(n), count);
}

// Length of the text of l, sign included (at most 20).
inline size_t long_text_length(int64_t l)
{
    uint64_t magnitude = l < 0 ? 0 - static_cast<uint64_t>(l) : static_cast<uint64_t>(l);
    return static_cast<size_t>(decimal_length(magnitude)) + (l < 0 ? 1 : 0);
}

// Writes the text of l (php's zend_print_long_to_buf: '-' and the digits, PHP_INT_MIN
// included) into `out`; `length` must be long_text_length(l). No terminating NUL.
inline void write_long(char* out, int64_t l, size_t length)
{
    // 0 - u is the magnitude for every negative l, PHP_INT_MIN too (2^63 fits).
    uint64_t magnitude = l < 0 ? 0 - static_cast<uint64_t>(l) : static_cast<uint64_t>(l);
    out[0] = '-'; // overwritten by the first digit when l >= 0
    write_decimal_backwards(out + length, magnitude, static_cast<int>(length) - (l < 0 ? 1 : 0));
}

// Writes the text of l into `out`, which must hold long_text_length(l) bytes (21
// always suffice); returns the length.
inline size_t format_long_into(char* out, int64_t l)
{
    size_t length = long_text_length(l);
    write_long(out, l, length);
    return length;
}

} // namespace miniphp::runtime

// Integers as decimal text (runtime/integer_text.h), the digit-pair writer that
// replaced snprintf and std::to_chars on the string hot paths. The fixed texts are
// php 8.2's `echo` of the same ints; the random sweep holds the writer to
// std::to_chars, digit for digit.
#include <gtest/gtest.h>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <random>
#include <string_view>

#include "runtime/integer_text.h"

namespace miniphp::runtime {
namespace {

using namespace std::string_view_literals;

std::string_view text_of(char* buf, int64_t l) { return {buf, format_long_into(buf, l)}; }

TEST(IntegerText, MatchesPhpEcho)
{
    char buf[24];
    EXPECT_EQ(text_of(buf, 0), "0"sv);
    EXPECT_EQ(text_of(buf, 7), "7"sv);
    EXPECT_EQ(text_of(buf, -7), "-7"sv);
    EXPECT_EQ(text_of(buf, 10), "10"sv);
    EXPECT_EQ(text_of(buf, -10), "-10"sv);
    EXPECT_EQ(text_of(buf, 99999), "99999"sv);
    EXPECT_EQ(text_of(buf, 100000000), "100000000"sv); // 9 digits: one 8-digit block
    EXPECT_EQ(text_of(buf, 1234567890123456789), "1234567890123456789"sv);
    EXPECT_EQ(text_of(buf, INT64_MAX), "9223372036854775807"sv);
    EXPECT_EQ(text_of(buf, INT64_MIN), "-9223372036854775808"sv);
    EXPECT_EQ(long_text_length(INT64_MIN), 20u);
    EXPECT_EQ(long_text_length(INT64_MAX), 19u);
    EXPECT_EQ(long_text_length(0), 1u);
    EXPECT_EQ(long_text_length(-1), 2u);
}

// decimal_length estimates from the bit length and corrects with one compare: every
// power of ten and its neighbours sit on the edges of that estimate.
TEST(IntegerText, DecimalLengthAtEveryPowerOfTen)
{
    EXPECT_EQ(decimal_length(0), 1);
    EXPECT_EQ(decimal_length(UINT64_MAX), 20);
    uint64_t power = 1;
    for (int digits = 1; digits <= 20; ++digits) {
        SCOPED_TRACE(power);
        EXPECT_EQ(decimal_length(power), digits);
        if (power > 1) {
            EXPECT_EQ(decimal_length(power - 1), digits - 1);
        }
        EXPECT_EQ(decimal_length(power + 1), digits);
        if (digits < 20)
            power *= 10;
    }
    for (int bits = 1; bits < 64; ++bits) {
        uint64_t n = uint64_t(1) << bits;
        char buf[24];
        EXPECT_EQ(decimal_length(n), std::to_chars(buf, buf + sizeof buf, n).ptr - buf) << n;
        EXPECT_EQ(decimal_length(n - 1), std::to_chars(buf, buf + sizeof buf, n - 1).ptr - buf) << n;
    }
}

TEST(IntegerText, AgreesWithToChars)
{
    std::mt19937_64 random(7);
    char ours[24];
    char theirs[24];
    int mismatches = 0;
    for (int i = 0; i < 200000; ++i) {
        uint64_t bits = random();
        int64_t l = static_cast<int64_t>(bits >> (random() % 64));
        for (int64_t v : {l, -l, static_cast<int64_t>(bits)}) {
            std::string_view a = text_of(ours, v);
            std::string_view b(theirs, static_cast<size_t>(std::to_chars(theirs, theirs + 24, v).ptr - theirs));
            if ((a != b || a.size() != long_text_length(v)) && ++mismatches <= 10)
                ADD_FAILURE() << v << ": " << a;
        }
    }
    EXPECT_EQ(mismatches, 0);
}

// The writer fills exactly the requested width, padding with zeros, and nothing before
// it: scaled float digits rely on both.
TEST(IntegerText, WritesExactlyTheRequestedDigits)
{
    char buf[32];
    std::memset(buf, '#', sizeof buf);
    write_decimal_backwards(buf + 1 + 12, 4205, 12);
    EXPECT_EQ(std::string_view(buf, 14), "#000000004205#"sv);
    std::memset(buf, '#', sizeof buf);
    write_decimal_backwards(buf + 1 + 15, 123456789012345, 15);
    EXPECT_EQ(std::string_view(buf, 17), "#123456789012345#"sv);
}

} // namespace
} // namespace miniphp::runtime

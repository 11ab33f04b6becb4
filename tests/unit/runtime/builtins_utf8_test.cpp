// next_utf8_char against php_next_utf8_char's verdicts and lengths (the lengths of
// bad sequences decide what JSON_INVALID_UTF8_IGNORE drops), and append_utf8.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "runtime/builtins/utf8.h"

namespace miniphp::runtime::builtins {
namespace {

using namespace std::string_view_literals;

struct Expected {
    std::string_view text;
    bool valid;
    size_t length;
    uint32_t code;
};

TEST(Utf8, ReadsWellFormedCharacters)
{
    const Expected cases[] = {
        {"A"sv, true, 1, 0x41},
        {"\x00"sv, true, 1, 0},
        {"\xC2\x80"sv, true, 2, 0x80},
        {"\xDF\xBF"sv, true, 2, 0x7FF},
        {"\xE0\xA0\x80"sv, true, 3, 0x800},
        {"\xE2\x82\xAC"sv, true, 3, 0x20AC},
        {"\xED\x9F\xBF"sv, true, 3, 0xD7FF},
        {"\xEE\x80\x80"sv, true, 3, 0xE000},
        {"\xEF\xBF\xBF"sv, true, 3, 0xFFFF},
        {"\xF0\x90\x80\x80"sv, true, 4, 0x10000},
        {"\xF0\x9F\x98\x80"sv, true, 4, 0x1F600},
        {"\xF4\x8F\xBF\xBF"sv, true, 4, 0x10FFFF},
    };
    for (const Expected& c : cases) {
        Utf8Char ch = next_utf8_char(c.text, 0);
        EXPECT_TRUE(ch.valid) << c.code;
        EXPECT_EQ(ch.length, c.length) << c.code;
        EXPECT_EQ(ch.code, c.code);
    }
}

TEST(Utf8, CountsIllFormedSequencesAsPhpDoes)
{
    const Expected cases[] = {
        {"\x80"sv, false, 1, 0},             // a lone continuation byte
        {"\xC0\xAF"sv, false, 1, 0},         // C0 and C1 start nothing
        {"\xF5\x80\x80\x80"sv, false, 1, 0}, // nor do F5..FF
        {"\xC3"sv, false, 1, 0},             // cut short by the end
        {"\xC3("sv, false, 1, 0},            // '(' could start a character
        {"\xC3\xC0"sv, false, 2, 0},         // C0 could not: swallowed
        {"\xE1\x80"sv, false, 2, 0},
        {"\xE1\x80("sv, false, 2, 0},
        {"\xE1\xC0\x80"sv, false, 3, 0},
        {"\xE1\xC3\xA9"sv, false, 1, 0},
        {"\xE0\x80\x80"sv, false, 3, 0},     // overlong: the whole sequence
        {"\xED\xA0\x80"sv, false, 3, 0},     // a surrogate
        {"\xF0\x9F\x98"sv, false, 3, 0},
        {"\xF0\x9F\x98("sv, false, 3, 0},
        {"\xF0\x80\x80\x80"sv, false, 4, 0}, // overlong
        {"\xF4\x90\x80\x80"sv, false, 4, 0}, // above U+10FFFF
    };
    for (const Expected& c : cases) {
        Utf8Char ch = next_utf8_char(c.text, 0);
        EXPECT_FALSE(ch.valid) << testing::PrintToString(std::string(c.text));
        EXPECT_EQ(ch.length, c.length) << testing::PrintToString(std::string(c.text));
    }
}

TEST(Utf8, StartsAtTheGivenPosition)
{
    Utf8Char ch = next_utf8_char("ab\xC3\xA9"sv, 2);
    EXPECT_TRUE(ch.valid);
    EXPECT_EQ(ch.code, 0xE9u);
    EXPECT_EQ(ch.length, 2u);
}

TEST(Utf8, AppendsEveryLength)
{
    for (uint32_t code : {0x0u, 0x41u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0xFFFFu, 0x10000u, 0x10FFFFu}) {
        std::string out;
        append_utf8(out, code);
        Utf8Char ch = next_utf8_char(out, 0);
        EXPECT_TRUE(ch.valid) << code;
        EXPECT_EQ(ch.code, code);
        EXPECT_EQ(ch.length, out.size()) << code;
    }
    std::string euro;
    append_utf8(euro, 0x20AC);
    EXPECT_EQ(euro, "\xE2\x82\xAC");
}

} // namespace
} // namespace miniphp::runtime::builtins

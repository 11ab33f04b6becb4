// The casts against php 8.2. Each row is one value and what php gives for (bool),
// (int), (float), (string) and gettype(), produced by a generator running php -n.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/conversions.h"
#include "gc/heap.h"
#include "operator_test_support.h"

namespace miniphp::runtime {
namespace {

using namespace test;

struct CastRow {
    Value value;
    bool as_bool;
    int64_t as_long;
    double as_double;
    std::string_view as_string;
    std::string_view gettype;
};

bool same_double(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

const CastRow kCastRows[] = {
    {N(), false, 0, 0.0, ""sv, "NULL"sv},
    {T(), true, 1, 1.0, "1"sv, "boolean"sv},
    {F(), false, 0, 0.0, ""sv, "boolean"sv},
    {I(0), false, 0, 0.0, "0"sv, "integer"sv},
    {I(1), true, 1, 1.0, "1"sv, "integer"sv},
    {I(-1), true, -1, -1.0, "-1"sv, "integer"sv},
    {I(7), true, 7, 7.0, "7"sv, "integer"sv},
    {I(10), true, 10, 10.0, "10"sv, "integer"sv},
    {I(-10), true, -10, -10.0, "-10"sv, "integer"sv},
    {I(9223372036854775807), true, 9223372036854775807, 9.223372036854776E+18, "9223372036854775807"sv, "integer"sv},
    {I(INT64_MIN), true, INT64_MIN, -9.223372036854776E+18, "-9223372036854775808"sv, "integer"sv},
    {D(0.0), false, 0, 0.0, "0"sv, "double"sv},
    {D(-0.0), false, 0, -0.0, "-0"sv, "double"sv},
    {D(0.5), true, 0, 0.5, "0.5"sv, "double"sv},
    {D(-1.5), true, -1, -1.5, "-1.5"sv, "double"sv},
    {D(1.9999), true, 1, 1.9999, "1.9999"sv, "double"sv},
    {D(-1.9), true, -1, -1.9, "-1.9"sv, "double"sv},
    {D(1000000000000000.0), true, 1000000000000000, 1000000000000000.0, "1.0E+15"sv, "double"sv},
    {D(1.0E+19), true, -8446744073709551616, 1.0E+19, "1.0E+19"sv, "double"sv},
    {D(-1.0E+19), true, 8446744073709551616, -1.0E+19, "-1.0E+19"sv, "double"sv},
    {D(1.9E+19), true, 553255926290448384, 1.9E+19, "1.9E+19"sv, "double"sv},
    {D(-9.3E+18), true, 9146744073709551616, -9.3E+18, "-9.3E+18"sv, "double"sv},
    {D(1.0E+30), true, 5076964154930102272, 1.0E+30, "1.0E+30"sv, "double"sv},
    {D(1.8446744073709552E+19), true, 0, 1.8446744073709552E+19, "1.844674407371E+19"sv, "double"sv},
    {D(9.223372036854776E+18), true, INT64_MIN, 9.223372036854776E+18, "9.2233720368548E+18"sv, "double"sv},
    {D(-9.223372036854776E+18), true, INT64_MIN, -9.223372036854776E+18, "-9.2233720368548E+18"sv, "double"sv},
    {D(NAN), true, 0, NAN, "NAN"sv, "double"sv},
    {D(INFINITY), true, 0, INFINITY, "INF"sv, "double"sv},
    {D(-INFINITY), true, 0, -INFINITY, "-INF"sv, "double"sv},
    {D(0.30000000000000004), true, 0, 0.30000000000000004, "0.3"sv, "double"sv},
    {D(1.0E+25), true, 1590897979265384448, 1.0E+25, "1.0E+25"sv, "double"sv},
    {S(""sv), false, 0, 0.0, ""sv, "string"sv},
    {S("0"sv), false, 0, 0.0, "0"sv, "string"sv},
    {S("00"sv), true, 0, 0.0, "00"sv, "string"sv},
    {S("0.0"sv), true, 0, 0.0, "0.0"sv, "string"sv},
    {S(" "sv), true, 0, 0.0, " "sv, "string"sv},
    {S("a"sv), true, 0, 0.0, "a"sv, "string"sv},
    {S("abc"sv), true, 0, 0.0, "abc"sv, "string"sv},
    {S("1"sv), true, 1, 1.0, "1"sv, "string"sv},
    {S(" 12"sv), true, 12, 12.0, " 12"sv, "string"sv},
    {S("12abc"sv), true, 12, 12.0, "12abc"sv, "string"sv},
    {S("1e3"sv), true, 1000, 1000.0, "1e3"sv, "string"sv},
    {S("0x1A"sv), true, 0, 0.0, "0x1A"sv, "string"sv},
    {S("  "sv), true, 0, 0.0, "  "sv, "string"sv},
    {S(".5"sv), true, 0, 0.5, ".5"sv, "string"sv},
    {S("-0"sv), true, 0, -0.0, "-0"sv, "string"sv},
    {S("9999999999999999999"sv), true, 9223372036854775807, 1.0E+19, "9999999999999999999"sv, "string"sv},
    {S("-9999999999999999999"sv), true, INT64_MIN, -1.0E+19, "-9999999999999999999"sv, "string"sv},
    {S("1e19"sv), true, 9223372036854775807, 1.0E+19, "1e19"sv, "string"sv},
    {S("1e999"sv), true, 0, INFINITY, "1e999"sv, "string"sv},
    {S("9223372036854775808"sv), true, 9223372036854775807, 9.223372036854776E+18, "9223372036854775808"sv, "string"sv},
    {S("  1e2xyz"sv), true, 100, 100.0, "  1e2xyz"sv, "string"sv},
    {S("false"sv), true, 0, 0.0, "false"sv, "string"sv},
    {S("null"sv), true, 0, 0.0, "null"sv, "string"sv},
    {S("\000"sv), true, 0, 0.0, "\000"sv, "string"sv},
};

TEST(Conversions, CastsMatchPhp)
{
    warm_interned_strings();
    size_t live_before = gc::heap().live_blocks();
    for (const CastRow& row : kCastRows) {
        SCOPED_TRACE(show(row.value));
        EXPECT_EQ(to_bool(row.value), row.as_bool);
        EXPECT_EQ(to_long(row.value), row.as_long);
        EXPECT_TRUE(same_double(to_double(row.value), row.as_double)) << to_double(row.value);
        Value s = to_string(row.value);
        ASSERT_TRUE(s.is_string());
        EXPECT_EQ(s.as_string()->view(), row.as_string);
        release(s);
        std::string appended = "<";
        append_string(appended, row.value);
        EXPECT_EQ(appended, "<" + std::string(row.as_string));
        EXPECT_STREQ(type_name_for_gettype(row.value), std::string(row.gettype).c_str());
    }
    EXPECT_EQ(gc::heap().live_blocks(), live_before) << "a converted string leaked";
}

// The names in TypeError messages, as php prints them in
// "Unsupported operand types: array + null" and friends.
TEST(Conversions, ZendTypeNames)
{
    EXPECT_STREQ(zend_type_name(N()), "null");
    EXPECT_STREQ(zend_type_name(T()), "bool");
    EXPECT_STREQ(zend_type_name(F()), "bool");
    EXPECT_STREQ(zend_type_name(I(1)), "int");
    EXPECT_STREQ(zend_type_name(D(1.5)), "float");
    EXPECT_STREQ(zend_type_name(S("a")), "string");
}

// zval_get_string's allocations, which memory_get_usage() observes: the digits 0..9,
// true, null and false use shared strings; other ints and every float get a new one;
// a string is shared with one more reference.
TEST(Conversions, ToStringSharesWhatPhpShares)
{
    Value digit = to_string(I(7));
    EXPECT_TRUE(digit.as_string()->is_interned());
    EXPECT_EQ(digit.as_string(), String::one_char('7'));
    EXPECT_EQ(to_string(T()).as_string(), String::one_char('1'));
    EXPECT_EQ(to_string(N()).as_string(), String::empty());
    EXPECT_EQ(to_string(F()).as_string(), String::empty());

    Value ten = to_string(I(10));
    EXPECT_FALSE(ten.as_string()->is_interned());
    EXPECT_EQ(ten.as_string()->header.refcount, 1u);
    release(ten);
    Value negative = to_string(I(-1));
    EXPECT_FALSE(negative.as_string()->is_interned());
    release(negative);

    Value one_float = to_string(D(1.0));
    EXPECT_FALSE(one_float.as_string()->is_interned());
    EXPECT_EQ(one_float.as_string()->view(), "1");
    release(one_float);

    Value original = Value::string(String::create("text"));
    Value copy = to_string(original);
    EXPECT_EQ(copy.as_string(), original.as_string());
    EXPECT_EQ(original.as_string()->header.refcount, 2u);
    release(copy);
    release(original);
}

TEST(Conversions, FloatToIntHelpers)
{
    EXPECT_EQ(dval_to_lval(1e19), -8446744073709551616);
    EXPECT_EQ(dval_to_lval_cap(1e19), INT64_MAX);
    EXPECT_EQ(dval_to_lval_cap(-1e19), INT64_MIN);
    EXPECT_EQ(dval_to_lval_cap(NAN), 0);
    EXPECT_EQ(dval_to_lval_cap(-INFINITY), 0);
    EXPECT_TRUE(is_long_compatible(-0.0, 0));
    EXPECT_TRUE(is_long_compatible(3.0, 3));
    EXPECT_FALSE(is_long_compatible(1.5, 1));
    EXPECT_FALSE(is_long_compatible(NAN, 0));
    EXPECT_FALSE(is_long_compatible(1e19, dval_to_lval(1e19)));
    char buf[24];
    EXPECT_EQ(std::string_view(buf, format_long_into(buf, INT64_MIN)), "-9223372036854775808");
}

} // namespace
} // namespace miniphp::runtime

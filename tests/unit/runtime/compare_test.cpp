// Comparison against php 8.2: for each pair, what php gives for ==, ===, <=>, <, <=,
// > and >= (produced by php -n through a generator). `a > b` is checked as
// is_smaller(b, a) and `a >= b` as is_smaller_or_equal(b, a), which is how php
// compiles them.
#include <gtest/gtest.h>

#include <cmath>

#include "operator_test_support.h"
#include "runtime/operators.h"

namespace miniphp::runtime {
namespace {

using namespace test;

struct CompareRow {
    Value a;
    Value b;
    bool equal;
    bool identical;
    int spaceship;
    bool smaller;
    bool smaller_or_equal;
    bool greater;
    bool greater_or_equal;
};

const CompareRow kCompareRows[] = {
    {S("abc"sv), I(0), false, false, 1, false, false, true, true},
    {I(0), S("abc"sv), false, false, -1, true, true, false, false},
    {S("1e3"sv), S("1000"sv), true, false, 0, false, true, false, true},
    {S(" 1"sv), I(1), true, false, 0, false, true, false, true},
    {S("1 "sv), I(1), true, false, 0, false, true, false, true},
    {N(), F(), true, false, 0, false, true, false, true},
    {N(), I(-1), false, false, -1, true, true, false, false},
    {N(), I(0), true, false, 0, false, true, false, true},
    {N(), S(""sv), true, false, 0, false, true, false, true},
    {N(), S("0"sv), false, false, -1, true, true, false, false},
    {N(), S("a"sv), false, false, -1, true, true, false, false},
    {N(), N(), true, true, 0, false, true, false, true},
    {N(), T(), false, false, -1, true, true, false, false},
    {N(), D(0.0), true, false, 0, false, true, false, true},
    {N(), D(-0.5), false, false, -1, true, true, false, false},
    {T(), S("abc"sv), true, false, 0, false, true, false, true},
    {F(), S("0"sv), true, false, 0, false, true, false, true},
    {F(), S(""sv), true, false, 0, false, true, false, true},
    {T(), I(2), true, false, 0, false, true, false, true},
    {F(), D(0.0), true, false, 0, false, true, false, true},
    {T(), N(), false, false, 1, false, false, true, true},
    {T(), F(), false, false, 1, false, false, true, true},
    {T(), T(), true, true, 0, false, true, false, true},
    {F(), I(-1), false, false, -1, true, true, false, false},
    {T(), S("0"sv), false, false, 1, false, false, true, true},
    {F(), S("a"sv), false, false, -1, true, true, false, false},
    {D(0.5), T(), true, false, 0, false, true, false, true},
    {T(), D(NAN), true, false, 0, false, true, false, true},
    {D(NAN), D(NAN), false, false, 1, false, false, false, false},
    {D(NAN), I(0), false, false, 1, false, false, false, false},
    {I(0), D(NAN), false, false, 1, false, false, false, false},
    {D(NAN), S("1"sv), false, false, 1, false, false, false, false},
    {S("1"sv), D(NAN), false, false, 1, false, false, false, false},
    {D(NAN), S("abc"sv), false, false, 1, false, false, false, false},
    {S("abc"sv), D(NAN), false, false, 1, false, false, false, false},
    {D(NAN), D(INFINITY), false, false, 1, false, false, false, false},
    {D(INFINITY), D(INFINITY), true, true, 0, false, true, false, true},
    {D(-INFINITY), D(INFINITY), false, false, -1, true, true, false, false},
    {D(INFINITY), I(9223372036854775807), false, false, 1, false, false, true, true},
    {D(-INFINITY), I(INT64_MIN), false, false, -1, true, true, false, false},
    {I(9007199254740993), D(9007199254740992.0), true, false, 0, false, true, false, true},
    {I(9223372036854775807), D(9.223372036854776E+18), true, false, 0, false, true, false, true},
    {I(9223372036854775807), I(9223372036854775806), false, false, 1, false, false, true, true},
    {I(INT64_MIN), I(9223372036854775807), false, false, -1, true, true, false, false},
    {I(1), D(1.0), true, false, 0, false, true, false, true},
    {D(-0.0), I(0), true, false, 0, false, true, false, true},
    {D(-0.0), D(0.0), true, true, 0, false, true, false, true},
    {D(0.30000000000000004), D(0.3), false, false, 1, false, false, true, true},
    {D(1.5), I(2), false, false, -1, true, true, false, false},
    {S("10"sv), S("9"sv), false, false, 1, false, false, true, true},
    {S("abc"sv), S("abd"sv), false, false, -1, true, true, false, false},
    {S("10"sv), S("9a"sv), false, false, -1, true, true, false, false},
    {S("1e1"sv), S("10"sv), true, false, 0, false, true, false, true},
    {S("0x10"sv), S("16"sv), false, false, -1, true, true, false, false},
    {S("abc"sv), S("ABC"sv), false, false, 1, false, false, true, true},
    {S("Z"sv), S("a"sv), false, false, -1, true, true, false, false},
    {S("a"sv), S("b"sv), false, false, -1, true, true, false, false},
    {S("abc"sv), S("abcd"sv), false, false, -1, true, true, false, false},
    {S("a\000"sv), S("a"sv), false, false, 1, false, false, true, true},
    {S(""sv), S(""sv), true, true, 0, false, true, false, true},
    {S(""sv), S("0"sv), false, false, -1, true, true, false, false},
    {S("1"sv), S("01"sv), true, false, 0, false, true, false, true},
    {S("10"sv), S("1e1"sv), true, false, 0, false, true, false, true},
    {S("1.0"sv), S("1"sv), true, false, 0, false, true, false, true},
    {S("  1"sv), S("1  "sv), true, false, 0, false, true, false, true},
    {S("1\012"sv), S("1"sv), true, false, 0, false, true, false, true},
    {S("2"sv), S("10"sv), false, false, -1, true, true, false, false},
    {S("2"sv), S("10a"sv), false, false, 1, false, false, true, true},
    {S("-1"sv), S("1"sv), false, false, -1, true, true, false, false},
    {S("1e1000"sv), S("2e1000"sv), false, false, -1, true, true, false, false},
    {S("-1e1000"sv), S("1e1000"sv), false, false, -1, true, true, false, false},
    {S("1e1000"sv), S("1"sv), false, false, 1, false, false, true, true},
    {S("9223372036854775807"sv), S("9223372036854775808"sv), false, false, -1, true, true, false, false},
    {S("9223372036854775808"sv), S("9223372036854775809"sv), false, false, -1, true, true, false, false},
    {S("99999999999999999999"sv), S("99999999999999999999.0"sv), false, false, -1, true, true, false, false},
    {S("99999999999999999998"sv), S("99999999999999999999"sv), false, false, -1, true, true, false, false},
    {S("-99999999999999999999"sv), S("-99999999999999999998"sv), false, false, 1, false, false, true, true},
    {S("99999999999999999999"sv), S("1e20"sv), true, false, 0, false, true, false, true},
    {S("1e20"sv), S("99999999999999999999"sv), true, false, 0, false, true, false, true},
    {S("9223372036854775807"sv), S("9223372036854775807.0"sv), true, false, 0, false, true, false, true},
    {S("-9223372036854775809"sv), S("-9223372036854775808"sv), false, false, -1, true, true, false, false},
    {S("1"sv), S("99999999999999999999"sv), false, false, -1, true, true, false, false},
    {S("99999999999999999999"sv), S("5"sv), false, false, 1, false, false, true, true},
    {S(""sv), I(0), false, false, -1, true, true, false, false},
    {S("0"sv), F(), true, false, 0, false, true, false, true},
    {S("0.0"sv), F(), false, false, 1, false, false, true, true},
    {I(0), S(""sv), false, false, 1, false, false, true, true},
    {I(0), S("0"sv), true, false, 0, false, true, false, true},
    {I(0), S(" "sv), false, false, 1, false, false, true, true},
    {I(100), S("1e2"sv), true, false, 0, false, true, false, true},
    {S("null"sv), N(), false, false, 1, false, false, true, true},
    {D(1.5), S("1.5"sv), true, false, 0, false, true, false, true},
    {D(1.5), S("1.5abc"sv), false, false, -1, true, true, false, false},
    {I(1), S("1abc"sv), false, false, -1, true, true, false, false},
    {S("1abc"sv), I(1), false, false, 1, false, false, true, true},
    {S("9223372036854775808"sv), I(9223372036854775807), true, false, 0, false, true, false, true},
    {S("1e3"sv), I(1000), true, false, 0, false, true, false, true},
    {I(1000), S("1e3"sv), true, false, 0, false, true, false, true},
    {S("INF"sv), D(INFINITY), true, false, 0, false, true, false, true},
    {D(INFINITY), S("INF"sv), true, false, 0, false, true, false, true},
    {S("-INF"sv), D(-INFINITY), true, false, 0, false, true, false, true},
    {D(NAN), S("NAN"sv), false, false, 1, false, false, false, false},
    {I(-1), N(), false, false, 1, false, false, true, true},
    {D(0.0), N(), true, false, 0, false, true, false, true},
    {I(2), S("10"sv), false, false, -1, true, true, false, false},
    {D(1.5), S("abc"sv), false, false, -1, true, true, false, false},
    {S("abc"sv), D(1.5), false, false, 1, false, false, true, true},
    {D(-0.0), S("-0"sv), true, false, 0, false, true, false, true},
    {I(0), S("-0"sv), true, false, 0, false, true, false, true},
    {I(5), S(" 5 "sv), true, false, 0, false, true, false, true},
    {I(5), S("5\000"sv), false, false, -1, true, true, false, false},
    {I(10), S("9a"sv), false, false, -1, true, true, false, false},
    {D(1000000000000000.0), S("1.0E+15"sv), true, false, 0, false, true, false, true},
    {D(0.1), S("0.1"sv), true, false, 0, false, true, false, true},
    {D(0.30000000000000004), S("0.3"sv), false, false, 1, false, false, true, true},
    {I(100), S("abc"sv), false, false, -1, true, true, false, false},
    {I(-5), S("-"sv), false, false, 1, false, false, true, true},
    {I(12), S("1 2"sv), false, false, 1, false, false, true, true},
};

TEST(Compare, MatchesPhp)
{
    for (const CompareRow& row : kCompareRows) {
        SCOPED_TRACE(show(row.a) + " vs " + show(row.b));
        bool b = false;
        int c = 7;
        ASSERT_EQ(loose_equals(b, row.a, row.b), Outcome::Ok);
        EXPECT_EQ(b, row.equal) << "==";
        EXPECT_EQ(is_identical(row.a, row.b), row.identical) << "===";
        ASSERT_EQ(compare(c, row.a, row.b), Outcome::Ok);
        EXPECT_EQ(c, row.spaceship) << "<=>";
        ASSERT_EQ(is_smaller(b, row.a, row.b), Outcome::Ok);
        EXPECT_EQ(b, row.smaller) << "<";
        ASSERT_EQ(is_smaller_or_equal(b, row.a, row.b), Outcome::Ok);
        EXPECT_EQ(b, row.smaller_or_equal) << "<=";
        ASSERT_EQ(is_smaller(b, row.b, row.a), Outcome::Ok);
        EXPECT_EQ(b, row.greater) << ">";
        ASSERT_EQ(is_smaller_or_equal(b, row.b, row.a), Outcome::Ok);
        EXPECT_EQ(b, row.greater_or_equal) << ">=";
    }
}

// The same bytes in two different String objects are identical and equal.
TEST(Compare, DistinctStringObjectsWithSameBytes)
{
    Value x = Value::string(String::create("abc"));
    Value y = Value::string(String::create("abc"));
    EXPECT_TRUE(is_identical(x, y));
    bool eq = false;
    ASSERT_EQ(loose_equals(eq, x, y), Outcome::Ok);
    EXPECT_TRUE(eq);
    Value n1 = Value::string(String::create("1e3"));
    Value n2 = Value::string(String::create("1000"));
    ASSERT_EQ(loose_equals(eq, n1, n2), Outcome::Ok);
    EXPECT_TRUE(eq);
    EXPECT_FALSE(is_identical(n1, n2));
    release(x);
    release(y);
    release(n1);
    release(n2);
}

} // namespace
} // namespace miniphp::runtime

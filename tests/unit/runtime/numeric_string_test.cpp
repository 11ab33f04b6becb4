// parse_numeric and string_to_double against php 8.2. Each row was produced by php:
// the type, value and trailing-data flag from `$s * 1` (a TypeError means no number,
// the warning "A non-numeric value encountered" means trailing data) and the last
// column from `(float)$s`.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string_view>

#include "runtime/conversions.h"

namespace miniphp::runtime {
namespace {

using namespace std::string_view_literals;

struct NumericRow {
    std::string_view input;
    NumericType type;
    int64_t long_value;
    double double_value;
    bool whole;
    bool trailing;
    double float_cast;
};

// Doubles compare by bits so that -0.0 and 0.0 differ, and NAN equals itself.
bool same_double(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

const NumericRow kNumericRows[] = {
    {""sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {" "sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"  "sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"0"sv, NumericType::Long, 0, 0.0, true, false, 0.0},
    {"1"sv, NumericType::Long, 1, 0.0, true, false, 1.0},
    {"-1"sv, NumericType::Long, -1, 0.0, true, false, -1.0},
    {"+1"sv, NumericType::Long, 1, 0.0, true, false, 1.0},
    {"12"sv, NumericType::Long, 12, 0.0, true, false, 12.0},
    {" 12"sv, NumericType::Long, 12, 0.0, true, false, 12.0},
    {"12 "sv, NumericType::Long, 12, 0.0, true, false, 12.0},
    {" \011\012\015\013\01412"sv, NumericType::Long, 12, 0.0, true, false, 12.0},
    {"12 \011\012\015\013\014"sv, NumericType::Long, 12, 0.0, true, false, 12.0},
    {"12abc"sv, NumericType::Long, 12, 0.0, false, true, 12.0},
    {"12 abc"sv, NumericType::Long, 12, 0.0, false, true, 12.0},
    {"1 2"sv, NumericType::Long, 1, 0.0, false, true, 1.0},
    {"abc"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"a1"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"-"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"+"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"."sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"-."sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {".5"sv, NumericType::Double, 0, 0.5, true, false, 0.5},
    {"-.5"sv, NumericType::Double, 0, -0.5, true, false, -0.5},
    {"+.5"sv, NumericType::Double, 0, 0.5, true, false, 0.5},
    {"5."sv, NumericType::Double, 0, 5.0, true, false, 5.0},
    {"-5."sv, NumericType::Double, 0, -5.0, true, false, -5.0},
    {"5.5"sv, NumericType::Double, 0, 5.5, true, false, 5.5},
    {"1e3"sv, NumericType::Double, 0, 1000.0, true, false, 1000.0},
    {"1E3"sv, NumericType::Double, 0, 1000.0, true, false, 1000.0},
    {"1e+3"sv, NumericType::Double, 0, 1000.0, true, false, 1000.0},
    {"1e-3"sv, NumericType::Double, 0, 0.001, true, false, 0.001},
    {"1e"sv, NumericType::Long, 1, 0.0, false, true, 1.0},
    {"1e+"sv, NumericType::Long, 1, 0.0, false, true, 1.0},
    {"1e-"sv, NumericType::Long, 1, 0.0, false, true, 1.0},
    {"1ex"sv, NumericType::Long, 1, 0.0, false, true, 1.0},
    {"1.e3"sv, NumericType::Double, 0, 1000.0, true, false, 1000.0},
    {".5e1"sv, NumericType::Double, 0, 5.0, true, false, 5.0},
    {"1e3.5"sv, NumericType::Double, 0, 1000.0, false, true, 1000.0},
    {"1.5.3"sv, NumericType::Double, 0, 1.5, false, true, 1.5},
    {"0x1A"sv, NumericType::Long, 0, 0.0, false, true, 0.0},
    {"0X1A"sv, NumericType::Long, 0, 0.0, false, true, 0.0},
    {"0b11"sv, NumericType::Long, 0, 0.0, false, true, 0.0},
    {"0o17"sv, NumericType::Long, 0, 0.0, false, true, 0.0},
    {"017"sv, NumericType::Long, 17, 0.0, true, false, 17.0},
    {"00012"sv, NumericType::Long, 12, 0.0, true, false, 12.0},
    {"-0"sv, NumericType::Long, 0, 0.0, true, false, -0.0},
    {"-0.0"sv, NumericType::Double, 0, -0.0, true, false, -0.0},
    {"0.0"sv, NumericType::Double, 0, 0.0, true, false, 0.0},
    {"1_000"sv, NumericType::Long, 1, 0.0, false, true, 1.0},
    {"1,5"sv, NumericType::Long, 1, 0.0, false, true, 1.0},
    {"--5"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"- 5"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"+-5"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"1e999"sv, NumericType::Double, 0, INFINITY, true, false, INFINITY},
    {"-1e999"sv, NumericType::Double, 0, -INFINITY, true, false, -INFINITY},
    {"1e-400"sv, NumericType::Double, 0, 0.0, true, false, 0.0},
    {"INF"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"NAN"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"inf"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"9223372036854775807"sv, NumericType::Long, 9223372036854775807, 0.0, true, false, 9.223372036854776E+18},
    {"-9223372036854775808"sv, NumericType::Long, INT64_MIN, 0.0, true, false, -9.223372036854776E+18},
    {"9223372036854775808"sv, NumericType::Double, 0, 9.223372036854776E+18, true, false, 9.223372036854776E+18},
    {"-9223372036854775809"sv, NumericType::Double, 0, -9.223372036854776E+18, true, false, -9.223372036854776E+18},
    {"09223372036854775807"sv, NumericType::Long, 9223372036854775807, 0.0, true, false, 9.223372036854776E+18},
    {"000000000000000000000000001"sv, NumericType::Long, 1, 0.0, true, false, 1.0},
    {"99999999999999999999"sv, NumericType::Double, 0, 1.0E+20, true, false, 1.0E+20},
    {"12345678901234567890"sv, NumericType::Double, 0, 1.2345678901234567E+19, true, false, 1.2345678901234567E+19},
    {"1234567890123456789"sv, NumericType::Long, 1234567890123456789, 0.0, true, false, 1.2345678901234568E+18},
    {"9223372036854775807.0"sv, NumericType::Double, 0, 9.223372036854776E+18, true, false, 9.223372036854776E+18},
    {"9223372036854775808e-"sv, NumericType::Long, INT64_MIN, 0.0, false, true, 9.223372036854776E+18},
    {"9223372036854775807e-"sv, NumericType::Long, 9223372036854775807, 0.0, false, true, 9.223372036854776E+18},
    {"5\000"sv, NumericType::Long, 5, 0.0, false, true, 5.0},
    {"\0005"sv, NumericType::None, 0, 0.0, false, false, 0.0},
    {"5 \000"sv, NumericType::Long, 5, 0.0, false, true, 5.0},
    {"1e5 "sv, NumericType::Double, 0, 100000.0, true, false, 100000.0},
    {" 1e5"sv, NumericType::Double, 0, 100000.0, true, false, 100000.0},
    {"1e05"sv, NumericType::Double, 0, 100000.0, true, false, 100000.0},
    {"4.9e-324"sv, NumericType::Double, 0, 5.0E-324, true, false, 5.0E-324},
    {"2.4e-324"sv, NumericType::Double, 0, 0.0, true, false, 0.0},
    {"1.7976931348623157e308"sv, NumericType::Double, 0, 1.7976931348623157E+308, true, false, 1.7976931348623157E+308},
    {"1.8e308"sv, NumericType::Double, 0, INFINITY, true, false, INFINITY},
    {"0.1"sv, NumericType::Double, 0, 0.1, true, false, 0.1},
    {"123456789012345678901234567890"sv, NumericType::Double, 0, 1.2345678901234568E+29, true, false, 1.2345678901234568E+29},
    {"1."sv, NumericType::Double, 0, 1.0, true, false, 1.0},
    {"\012.5\012"sv, NumericType::Double, 0, 0.5, true, false, 0.5},
    {"\0135"sv, NumericType::Long, 5, 0.0, true, false, 5.0},
};

TEST(NumericString, MatchesPhpTable)
{
    for (const NumericRow& row : kNumericRows) {
        SCOPED_TRACE(std::string(row.input));
        NumericPrefix n = parse_numeric(row.input);
        EXPECT_EQ(n.type, row.type);
        EXPECT_EQ(n.whole, row.whole);
        EXPECT_EQ(n.has_trailing_data, row.trailing);
        if (row.type == NumericType::Long) {
            EXPECT_EQ(n.long_value, row.long_value);
        }
        if (row.type == NumericType::Double) {
            EXPECT_TRUE(same_double(n.double_value, row.double_value)) << n.double_value;
        }
        EXPECT_EQ(n.whole_type(), row.whole ? row.type : NumericType::None);
        EXPECT_TRUE(same_double(string_to_double(row.input), row.float_cast)) << string_to_double(row.input);
    }
}

// php's oflow_info, observable through string comparison (see compare_test.cpp:
// "99999999999999999999" < "99999999999999999999.0" compares bytes because both
// overflow upward to the same double).
TEST(NumericString, RecordsIntegerOverflowDirection)
{
    EXPECT_EQ(parse_numeric("99999999999999999999").overflow, 1);
    EXPECT_EQ(parse_numeric("-99999999999999999999").overflow, -1);
    EXPECT_EQ(parse_numeric("99999999999999999999.0").overflow, 1);
    EXPECT_EQ(parse_numeric("9223372036854775808").overflow, 1);
    EXPECT_EQ(parse_numeric("-9223372036854775809").overflow, -1);
    EXPECT_EQ(parse_numeric("-9223372036854775808").overflow, 0);
    EXPECT_EQ(parse_numeric("9223372036854775807").overflow, 0);
    EXPECT_EQ(parse_numeric("1e300").overflow, 0);
}

// The scanner must stop at the end of the view, not at a NUL terminator.
TEST(NumericString, ReadsOnlyTheView)
{
    std::string_view digits = "12345"sv.substr(0, 2);
    NumericPrefix n = parse_numeric(digits);
    EXPECT_EQ(n.type, NumericType::Long);
    EXPECT_EQ(n.long_value, 12);
    EXPECT_TRUE(n.whole);
    EXPECT_EQ(string_to_double("1.55"sv.substr(0, 3)), 1.5);
    EXPECT_EQ(parse_numeric("1e5"sv.substr(0, 2)).type, NumericType::Long);
}

} // namespace
} // namespace miniphp::runtime

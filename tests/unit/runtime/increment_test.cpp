// ++ and -- against php 8.2 (produced by php -n through a generator): numbers, null
// and bools, numeric strings becoming numbers, and the Perl-style increment of other
// strings ("Az" -> "Ba", "zz" -> "aaa"), which decrement leaves alone. php 8.2 prints
// no diagnostics for any of these.
#include <gtest/gtest.h>

#include "gc/heap.h"
#include "operator_test_support.h"
#include "runtime/operators.h"

namespace miniphp::runtime {
namespace {

using namespace test;

struct StepRow {
    Value value;
    std::string_view incremented;
    std::string_view decremented;
};

const StepRow kStepRows[] = {
    {N(), "int(1)"sv, "NULL"sv},
    {T(), "bool(true)"sv, "bool(true)"sv},
    {F(), "bool(false)"sv, "bool(false)"sv},
    {I(0), "int(1)"sv, "int(-1)"sv},
    {I(-1), "int(0)"sv, "int(-2)"sv},
    {I(41), "int(42)"sv, "int(40)"sv},
    {I(9223372036854775807), "float(9.223372036854776E+18)"sv, "int(9223372036854775806)"sv},
    {I(INT64_MIN), "int(-9223372036854775807)"sv, "float(-9.223372036854776E+18)"sv},
    {D(1.5), "float(2.5)"sv, "float(0.5)"sv},
    {D(-0.0), "float(1)"sv, "float(-1)"sv},
    {D(0.5), "float(1.5)"sv, "float(-0.5)"sv},
    {D(NAN), "float(NAN)"sv, "float(NAN)"sv},
    {D(INFINITY), "float(INF)"sv, "float(INF)"sv},
    {D(-INFINITY), "float(-INF)"sv, "float(-INF)"sv},
    {D(1.0E+20), "float(1.0E+20)"sv, "float(1.0E+20)"sv},
    {S(""sv), "string(1) \"1\""sv, "int(-1)"sv},
    {S(" "sv), "string(1) \" \""sv, "string(1) \" \""sv},
    {S("5"sv), "int(6)"sv, "int(4)"sv},
    {S("5.5"sv), "float(6.5)"sv, "float(4.5)"sv},
    {S(" 5"sv), "int(6)"sv, "int(4)"sv},
    {S("5 "sv), "int(6)"sv, "int(4)"sv},
    {S("-5"sv), "int(-4)"sv, "int(-6)"sv},
    {S("1e3"sv), "float(1001)"sv, "float(999)"sv},
    {S("1.5e3"sv), "float(1501)"sv, "float(1499)"sv},
    {S(".5"sv), "float(1.5)"sv, "float(-0.5)"sv},
    {S("00"sv), "int(1)"sv, "int(-1)"sv},
    {S("0"sv), "int(1)"sv, "int(-1)"sv},
    {S("-0"sv), "int(1)"sv, "int(-1)"sv},
    {S("9223372036854775807"sv), "float(9.223372036854776E+18)"sv, "int(9223372036854775806)"sv},
    {S("-9223372036854775808"sv), "int(-9223372036854775807)"sv, "float(-9.223372036854776E+18)"sv},
    {S("abc"sv), "string(3) \"abd\""sv, "string(3) \"abc\""sv},
    {S("a"sv), "string(1) \"b\""sv, "string(1) \"a\""sv},
    {S("z"sv), "string(2) \"aa\""sv, "string(1) \"z\""sv},
    {S("Z"sv), "string(2) \"AA\""sv, "string(1) \"Z\""sv},
    {S("zz"sv), "string(3) \"aaa\""sv, "string(2) \"zz\""sv},
    {S("Az"sv), "string(2) \"Ba\""sv, "string(2) \"Az\""sv},
    {S("zZ"sv), "string(3) \"aaA\""sv, "string(2) \"zZ\""sv},
    {S("a9"sv), "string(2) \"b0\""sv, "string(2) \"a9\""sv},
    {S("9z"sv), "string(3) \"10a\""sv, "string(2) \"9z\""sv},
    {S("Zz9"sv), "string(4) \"AAa0\""sv, "string(3) \"Zz9\""sv},
    {S("9"sv), "int(10)"sv, "int(8)"sv},
    {S("99"sv), "int(100)"sv, "int(98)"sv},
    {S("a z"sv), "string(3) \"a a\""sv, "string(3) \"a z\""sv},
    {S("z "sv), "string(2) \"z \""sv, "string(2) \"z \""sv},
    {S(" z"sv), "string(2) \" a\""sv, "string(2) \" z\""sv},
    {S("-"sv), "string(1) \"-\""sv, "string(1) \"-\""sv},
    {S("0x1A"sv), "string(4) \"0x1B\""sv, "string(4) \"0x1A\""sv},
    {S("5x"sv), "string(2) \"5y\""sv, "string(2) \"5x\""sv},
    {S("\303\251"sv), "string(2) \"\303\251\""sv, "string(2) \"\303\251\""sv},
    {S("a\377"sv), "string(2) \"a\377\""sv, "string(2) \"a\377\""sv},
    {S("A"sv), "string(1) \"B\""sv, "string(1) \"A\""sv},
    {S("Zz"sv), "string(3) \"AAa\""sv, "string(2) \"Zz\""sv},
    {S("zzz"sv), "string(4) \"aaaa\""sv, "string(3) \"zzz\""sv},
    {S("a-z"sv), "string(3) \"a-a\""sv, "string(3) \"a-z\""sv},
    {S("1a"sv), "string(2) \"1b\""sv, "string(2) \"1a\""sv},
    {S("Az9Z"sv), "string(4) \"Ba0A\""sv, "string(4) \"Az9Z\""sv},
    {S("!"sv), "string(1) \"!\""sv, "string(1) \"!\""sv},
    {S("1e"sv), "string(2) \"1f\""sv, "string(2) \"1e\""sv},
    {S("5 apples"sv), "string(8) \"5 applet\""sv, "string(8) \"5 apples\""sv},
};

using IncrementDecrement = Diagnostics;

TEST_F(IncrementDecrement, MatchesPhp)
{
    warm_interned_strings();
    size_t live_before = gc::heap().live_blocks();
    for (const StepRow& row : kStepRows) {
        SCOPED_TRACE(show(row.value));
        Value v;
        copy_value(v, row.value);
        Outcome outcome = increment(v);
        EXPECT_EQ(render(outcome, v), row.incremented) << "++";
        release(v);
        copy_value(v, row.value);
        outcome = decrement(v);
        EXPECT_EQ(render(outcome, v), row.decremented) << "--";
        release(v);
    }
    EXPECT_EQ(gc::heap().live_blocks(), live_before) << "a string leaked";
}

// A string we hold alone is incremented in place; a shared one is copied first and
// the other owner keeps the old text.
TEST(IncrementString, CopiesOnlyWhenShared)
{
    Value alone = Value::string(String::create("ab"));
    String* before = alone.as_string();
    ASSERT_EQ(increment(alone), Outcome::Ok);
    EXPECT_EQ(alone.as_string(), before);
    EXPECT_EQ(alone.as_string()->view(), "ac");
    release(alone);

    Value first = Value::string(String::create("ab"));
    Value second;
    copy_value(second, first);
    ASSERT_EQ(increment(second), Outcome::Ok);
    EXPECT_NE(second.as_string(), first.as_string());
    EXPECT_EQ(first.as_string()->view(), "ab");
    EXPECT_EQ(first.as_string()->header.refcount, 1u);
    EXPECT_EQ(second.as_string()->view(), "ac");
    release(first);
    release(second);

    Value literal = S("zz");
    ASSERT_EQ(increment(literal), Outcome::Ok);
    EXPECT_EQ(literal.as_string()->view(), "aaa");
    EXPECT_EQ(S("zz").as_string()->view(), "zz");
    release(literal);
}

// The hash cached in a string incremented in place must be forgotten.
TEST(IncrementString, ForgetsTheCachedHash)
{
    Value v = Value::string(String::create("a"));
    uint64_t old_hash = v.as_string()->hash_value();
    ASSERT_EQ(increment(v), Outcome::Ok);
    EXPECT_EQ(v.as_string()->hash_value(), hash_bytes("b"));
    EXPECT_NE(v.as_string()->hash_value(), old_hash);
    release(v);
}

// ++ and -- keep the slot's aux word (arrays keep their hash chain there).
TEST(IncrementString, KeepsTheSlotsAuxWord)
{
    Value v = I(1);
    v.set_aux(42);
    ASSERT_EQ(increment(v), Outcome::Ok);
    EXPECT_EQ(v.aux(), 42u);
    ASSERT_EQ(decrement(v), Outcome::Ok);
    EXPECT_EQ(v.aux(), 42u);
    Value s = Value::string(String::create("z"));
    s.set_aux(7);
    ASSERT_EQ(increment(s), Outcome::Ok);
    EXPECT_EQ(s.as_string()->view(), "aa");
    EXPECT_EQ(s.aux(), 7u);
    Value n = S("5");
    n.set_aux(9);
    ASSERT_EQ(decrement(n), Outcome::Ok);
    EXPECT_EQ(n.as_long(), 4);
    EXPECT_EQ(n.aux(), 9u);
    release(s);
}

} // namespace
} // namespace miniphp::runtime

// The value model: 16-byte values, interned versus refcounted strings, and the
// release path freeing exactly at zero.
#include "runtime/value.h"

#include <gtest/gtest.h>

#include "gc/heap.h"

namespace miniphp::runtime {
namespace {

TEST(Value, IsSixteenBytesAndZeroIsUndef)
{
    static_assert(sizeof(Value) == 16);
    Value v;
    EXPECT_TRUE(v.is_undef());
    EXPECT_FALSE(v.is_refcounted());
}

TEST(Value, ScalarsAreNotRefcounted)
{
    EXPECT_FALSE(Value::integer(5).is_refcounted());
    EXPECT_FALSE(Value::dbl(1.5).is_refcounted());
    EXPECT_FALSE(Value::boolean(true).is_refcounted());
    EXPECT_FALSE(Value::null().is_refcounted());
    EXPECT_EQ(Value::integer(-7).as_long(), -7);
    EXPECT_EQ(Value::boolean(true).type(), Type::True);
}

TEST(Value, InternedStringsAreSharedAndNeverCounted)
{
    String* a = InternTable::instance().intern("hello");
    String* b = InternTable::instance().intern("hello");
    EXPECT_EQ(a, b);
    Value v = Value::string(a);
    EXPECT_FALSE(v.is_refcounted());
    uint32_t before = a->header.refcount;
    Value copy;
    copy_value(copy, v);
    release(copy);
    EXPECT_EQ(a->header.refcount, before);
    EXPECT_EQ(String::one_char('x'), InternTable::instance().intern("x"));
    EXPECT_EQ(String::empty()->length, 0u);
}

TEST(Value, RefcountedStringsAreFreedAtZero)
{
    size_t blocks = gc::heap().live_blocks();
    Value v = Value::string(String::create("run-time"));
    EXPECT_TRUE(v.is_refcounted());
    Value copy;
    copy_value(copy, v);
    EXPECT_EQ(v.as_string()->header.refcount, 2u);
    release(v);
    EXPECT_EQ(copy.as_string()->header.refcount, 1u);
    EXPECT_EQ(gc::heap().live_blocks(), blocks + 1);
    release(copy);
    EXPECT_EQ(gc::heap().live_blocks(), blocks);
}

TEST(String, AllocationSizeFollowsZendString)
{
    // 24-byte header plus the bytes and a NUL, rounded up to 8.
    EXPECT_EQ(String::allocation_size(0), 32u);
    EXPECT_EQ(String::allocation_size(7), 32u);
    EXPECT_EQ(String::allocation_size(8), 40u);
    EXPECT_EQ(String::allocation_size(100), 128u);
}

TEST(String, AppendGrowsInPlaceAndKeepsTheBytes)
{
    size_t blocks = gc::heap().live_blocks();
    String* s = String::create("ab");
    s = String::append(s, "cd");
    EXPECT_EQ(s->view(), "abcd");
    for (int i = 0; i < 5000; ++i)
        s = String::append(s, "x");
    EXPECT_EQ(s->length, 5004u);
    EXPECT_EQ(s->bytes[s->length], '\0');
    EXPECT_EQ(s->view().substr(0, 5), "abcdx");
    String::destroy(s);
    EXPECT_EQ(gc::heap().live_blocks(), blocks);
}

} // namespace
} // namespace miniphp::runtime

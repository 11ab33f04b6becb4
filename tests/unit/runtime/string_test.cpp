// String::append and String::extend, the in-place growth behind `$s .= x`, and the
// short-copy helper they use. The growth is checked against the heap's figures: a
// string grown piece by piece must be charged exactly what a fresh string of the same
// length made at php's safe size is charged (Zend MM's bins, then whole pages), since
// memory_get_usage() reports these figures.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <string_view>

#include "gc/heap.h"
#include "runtime/string.h"

namespace miniphp::runtime {
namespace {

using namespace std::string_view_literals;

TEST(StringAppend, StaysInPlaceWhileTheBinHasRoom)
{
    // Growing asks for php's safe size, 32 + length (see String::safe_allocation_size).
    String* s = String::create("abcd"); // 24 + 4 + 1 bytes: the 32-byte bin
    s = String::append(s, "efg"sv); // 32 + 7 = 39: moved to the 40-byte bin
    String* first = s;
    s = String::append(s, "h"sv); // 40: still the 40-byte bin
    EXPECT_EQ(s, first);
    EXPECT_EQ(s->view(), "abcdefgh"sv);
    EXPECT_EQ(s->bytes[s->length], '\0');
    s->hash_value();
    s = String::append(s, "ijklmnopqrstuvwxyz"sv); // 58 bytes: the 64-byte bin, moved
    EXPECT_EQ(s->view(), "abcdefghijklmnopqrstuvwxyz"sv);
    EXPECT_EQ(s->bytes[s->length], '\0');
    EXPECT_EQ(s->hash, 0u) << "the cached hash must be dropped";
    EXPECT_EQ(s->hash_value(), hash_bytes("abcdefghijklmnopqrstuvwxyz"sv));
    String::destroy(s);
}

// Grows a string a few bytes at a time through the small bins, the large pages (where
// most appends keep the page count and take the fast path) and back down to nothing;
// after every step the heap must charge what it charges a fresh string of that length.
TEST(StringAppend, ChargesWhatAFreshStringIsCharged)
{
    gc::Heap& heap = gc::heap();
    size_t base = heap.usage();
    size_t base_blocks = heap.live_blocks();
    String* s = String::create(""sv);
    std::string expected;
    const std::string_view pieces[] = {"1"sv, "23"sv, "456"sv, "7890123"sv, "-9223372036854775808"sv};
    for (int step = 0; expected.size() < 40000; ++step) {
        std::string_view piece = pieces[step % 5];
        s = String::append(s, piece);
        expected.append(piece);
        ASSERT_EQ(heap.usage() - base, gc::Heap::charged_size(String::safe_allocation_size(expected.size())))
            << "length " << expected.size();
        ASSERT_EQ(heap.live_blocks(), base_blocks + 1);
    }
    EXPECT_EQ(s->view(), expected);
    String::destroy(s);
    EXPECT_EQ(heap.usage(), base);
    EXPECT_EQ(heap.live_blocks(), base_blocks);
}

TEST(StringAppend, ExtendLeavesRoomForTheCaller)
{
    String* s = String::create("n="sv);
    s = String::extend(s, 3);
    EXPECT_EQ(s->length, 5u);
    EXPECT_EQ(s->bytes[5], '\0');
    std::memcpy(s->bytes + 2, "123", 3);
    EXPECT_EQ(s->view(), "n=123"sv);
    String::destroy(s);
}

// Every length around the 4-, 8- and 16-byte copy shapes: exactly n bytes change.
TEST(StringCopyBytes, CopiesExactlyTheBytesAsked)
{
    char source[64];
    for (int i = 0; i < 64; ++i)
        source[i] = static_cast<char>('A' + i % 50);
    for (size_t n = 0; n <= 40; ++n) {
        char target[80];
        std::memset(target, '.', sizeof target);
        copy_bytes(target + 8, source + 3, n);
        EXPECT_EQ(std::memcmp(target + 8, source + 3, n), 0) << n;
        for (size_t i = 0; i < sizeof target; ++i) {
            if (i < 8 || i >= 8 + n) {
                ASSERT_EQ(target[i], '.') << "n " << n << " wrote byte " << i;
            }
        }
    }
}

} // namespace
} // namespace miniphp::runtime

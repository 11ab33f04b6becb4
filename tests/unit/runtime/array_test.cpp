// The ordered hash table on its own: order, growth, deletion, the packed/hash
// switch, nNextFreeElement, copies, and iterator positions while modifying.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/array_iterators.h"
#include "runtime/reference.h"

namespace miniphp::runtime {

namespace {

String* key(std::string_view text) { return String::create(text); }

void put(Array* a, int64_t h, int64_t v) { a->lookup_or_insert(h)->copy_from(Value::integer(v)); }

void put(Array* a, std::string_view k, int64_t v)
{
    String* s = key(k);
    a->lookup_or_insert(s)->copy_from(Value::integer(v));
    release(Value::string(s));
}

// Slots are filled with copy_from: a hash bucket's Value keeps its chain link in
// the aux word, which a plain assignment would overwrite.

// "k=v,k=v" in iteration order, skipping holes.
std::string dump(Array* a)
{
    std::string out;
    for (uint32_t pos = a->next_position(0); pos < a->used(); pos = a->next_position(pos + 1)) {
        ArrayKey k = a->key_at(pos);
        if (!out.empty())
            out += ',';
        out += k.is_string() ? std::string(k.string->view()) : std::to_string(k.number);
        out += '=';
        out += std::to_string(deref(a->value_at(pos)).as_long());
    }
    return out;
}

void free_array(Array* a) { release(Value::array(a)); }

TEST(Array, KeepsInsertionOrderAcrossKeyKinds)
{
    Array* a = Array::create();
    put(a, "b", 1);
    put(a, 5, 2);
    put(a, "a", 3);
    put(a, -1, 4);
    put(a, "b", 5); // update keeps the place
    EXPECT_EQ(dump(a), "b=5,5=2,a=3,-1=4");
    EXPECT_EQ(a->size(), 4u);
    free_array(a);
}

TEST(Array, StaysPackedForAppendsAndGrows)
{
    Array* a = Array::create();
    for (int i = 0; i < 100; ++i)
        a->append()->copy_from(Value::integer(i * 2));
    EXPECT_TRUE(a->is_packed());
    EXPECT_EQ(a->size(), 100u);
    EXPECT_EQ(a->find(57)->as_long(), 114);
    EXPECT_EQ(a->find(100), nullptr);
    EXPECT_EQ(a->next_free_element(), 100);
    free_array(a);
}

TEST(Array, PackedSwitchesToHashAsPhpDoes)
{
    Array* a = Array::create();
    put(a, 0, 0);
    put(a, 1, 1);
    put(a, 3, 3); // a gap at the end stays packed
    EXPECT_TRUE(a->is_packed());
    EXPECT_EQ(dump(a), "0=0,1=1,3=3");
    put(a, 2, 2); // filling the hole would break order: a hash
    EXPECT_FALSE(a->is_packed());
    EXPECT_EQ(dump(a), "0=0,1=1,3=3,2=2");
    free_array(a);

    Array* b = Array::create();
    put(b, 0, 0);
    put(b, "x", 1);
    EXPECT_FALSE(b->is_packed());
    free_array(b);

    Array* c = Array::create();
    put(c, 100, 1); // a first key past the initial size starts as a hash
    EXPECT_FALSE(c->is_packed());
    free_array(c);

    Array* d = Array::create();
    put(d, -3, 1);
    EXPECT_FALSE(d->is_packed());
    free_array(d);
}

TEST(Array, NextFreeElementRules)
{
    Array* a = Array::create();
    put(a, -5, 1);
    a->append()->copy_from(Value::integer(2)); // php 8.2 (this build): -4
    EXPECT_EQ(dump(a), "-5=1,-4=2");
    free_array(a);

    Array* b = Array::create();
    put(b, 3, 1);
    b->remove(3);
    b->append()->copy_from(Value::integer(5)); // removal does not lower it
    EXPECT_EQ(dump(b), "4=5");
    free_array(b);

    Array* c = Array::create();
    put(c, INT64_MAX, 1);
    EXPECT_EQ(c->append(), nullptr);
    free_array(c);
}

TEST(Array, DeletionLeavesHolesThatIterationSkips)
{
    Array* a = Array::create();
    for (int i = 0; i < 10; ++i)
        put(a, std::to_string(i) + "k", i);
    for (int i = 0; i < 10; i += 2) {
        String* s = key(std::to_string(i) + "k");
        EXPECT_TRUE(a->remove(s));
        EXPECT_FALSE(a->remove(s));
        release(Value::string(s));
    }
    EXPECT_EQ(dump(a), "1k=1,3k=3,5k=5,7k=7,9k=9");
    EXPECT_EQ(a->size(), 5u);
    EXPECT_EQ(a->used(), 10u);
    // Trailing holes are trimmed.
    String* last = key("9k");
    a->remove(last);
    release(Value::string(last));
    EXPECT_EQ(a->used(), 8u);
    free_array(a);
}

TEST(Array, GrowsAndCompactsHashesUnderChurn)
{
    Array* a = Array::create();
    for (int round = 0; round < 50; ++round) {
        for (int i = 0; i < 100; ++i)
            put(a, "k" + std::to_string(round * 100 + i), i);
        for (int i = 0; i < 100; ++i) {
            String* s = key("k" + std::to_string(round * 100 + i));
            if (i != 42)
                a->remove(s);
            release(Value::string(s));
        }
    }
    EXPECT_EQ(a->size(), 50u);
    for (int round = 0; round < 50; ++round)
        EXPECT_NE(a->find("k" + std::to_string(round * 100 + 42)), nullptr);
    EXPECT_EQ(a->find("k43"), nullptr);
    free_array(a);
}

TEST(Array, ManyCollidingIntKeys)
{
    Array* a = Array::create();
    for (int64_t i = 0; i < 2000; ++i)
        put(a, i * 4096, i);
    for (int64_t i = 0; i < 2000; ++i)
        ASSERT_EQ(a->find(i * 4096)->as_long(), i);
    free_array(a);
}

TEST(Array, IntegerKeyNormalisation)
{
    int64_t n = 0;
    EXPECT_TRUE(string_is_integer_key("0", n));
    EXPECT_EQ(n, 0);
    EXPECT_TRUE(string_is_integer_key("-12", n));
    EXPECT_EQ(n, -12);
    EXPECT_TRUE(string_is_integer_key("9223372036854775807", n));
    EXPECT_TRUE(string_is_integer_key("-9223372036854775808", n));
    EXPECT_EQ(n, INT64_MIN);
    for (const char* not_int : {"", "-", "01", "-0", " 1", "1 ", "1.5", "1e3", "9223372036854775808",
                                "-9223372036854775809", "+1", "0x1"})
        EXPECT_FALSE(string_is_integer_key(not_int, n)) << not_int;
}

TEST(Array, DuplicateSharesValuesAndUnwrapsLoneReferences)
{
    Array* a = Array::create();
    String* text = String::create("shared text");
    a->append()->copy_from(Value::string(text));
    Reference* lone = Reference::create(Value::integer(7));
    a->append()->copy_from(Value::reference(lone));
    Reference* shared = Reference::create(Value::integer(8));
    a->append()->copy_from(Value::reference(shared));
    ++shared->header.refcount; // someone else holds it too

    Array* copy = a->duplicate();
    EXPECT_EQ(text->header.refcount, 2u);
    EXPECT_TRUE(copy->find(1)->is_long()); // the lone reference became its value
    EXPECT_TRUE(copy->find(2)->is_reference());
    EXPECT_EQ(shared->header.refcount, 3u);
    free_array(copy);
    free_array(a);
    EXPECT_EQ(shared->header.refcount, 1u);
    release(Value::reference(shared));
}

TEST(Array, DuplicateOfHashKeepsItsChains)
{
    Array* a = Array::create();
    for (int i = 0; i < 20; ++i)
        put(a, "k" + std::to_string(i), i);
    put(a, 7, 70);
    Array* copy = a->duplicate();
    for (int i = 0; i < 20; ++i)
        ASSERT_EQ(copy->find("k" + std::to_string(i))->as_long(), i);
    EXPECT_EQ(copy->find(int64_t{7})->as_long(), 70);
    copy->append()->copy_from(Value::integer(80));
    EXPECT_EQ(copy->find(int64_t{8})->as_long(), 80);
    EXPECT_EQ(dump(a).size() + 5, dump(copy).size());
    free_array(copy);
    free_array(a);
}

TEST(Array, IteratorsFollowDeletionAndCompaction)
{
    Array* a = Array::create();
    for (int i = 0; i < 6; ++i)
        put(a, "k" + std::to_string(i), i);
    uint32_t it = iterator_add(a, 2);
    String* k2 = key("k2");
    a->remove(k2); // the iterator moves on to the next element
    release(Value::string(k2));
    EXPECT_EQ(iterator_position(it, a), 3u);
    for (int i = 0; i < 40; ++i) // growth compacts or doubles: positions follow
        put(a, "n" + std::to_string(i), i);
    uint32_t pos = iterator_position(it, a);
    EXPECT_EQ(a->key_at(pos).string->view(), "k3");
    iterator_delete(it);
    EXPECT_EQ(a->iterator_count(), 0u);
    free_array(a);
}

TEST(Array, DeepNestingFreesWithoutRecursion)
{
    size_t before = gc::heap().live_blocks();
    Array* outer = Array::create();
    for (int i = 0; i < 1'000'000; ++i) {
        Array* next = Array::create();
        next->append()->copy_from(Value::array(outer));
        outer = next;
    }
    free_array(outer);
    EXPECT_EQ(gc::heap().live_blocks(), before);
}

TEST(Array, EmptyArrayIsSharedAndImmutable)
{
    Array* e = Array::empty();
    EXPECT_TRUE(e->is_immutable());
    EXPECT_FALSE(Value::array(e).is_refcounted());
    EXPECT_EQ(e->size(), 0u);
    EXPECT_EQ(e->find(int64_t{0}), nullptr);
    EXPECT_EQ(e->find("x"), nullptr);
}

} // namespace

} // namespace miniphp::runtime

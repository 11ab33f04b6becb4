// Freeing and collecting long chains of real objects: no recursion on the C stack
// per level (php 8.2 itself crashes near 100,000), and nothing left allocated.
#include "runtime/teardown.h"

#include <gtest/gtest.h>

#include "gc/collector.h"
#include "gc/heap.h"
#include "runtime/class.h"
#include "runtime/collector_hooks.h"
#include "runtime/object.h"
#include "runtime/object_store.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

// A class with one property, `next`.
const Class* node_class()
{
    static Class* cls = [] {
        auto* c = new Class("Node", nullptr, 0);
        c->add_property(InternTable::instance().intern("next"), AccPublic, Value::null());
        c->finish_linking();
        return c;
    }();
    return cls;
}

// A list of `n` objects, each holding the next; returns the head (count 1).
Object* make_list(int n, Object*& tail)
{
    Object* head = Object::create(node_class());
    tail = head;
    for (int i = 1; i < n; ++i) {
        Object* next = Object::create(node_class());
        tail->slots[0].copy_from(Value::object(next)); // takes over next's count
        tail = next;
    }
    return head;
}

TEST(Teardown, FreesAMillionObjectListWithoutRecursion)
{
    node_class(); // made first: the class and its interned name live on
    size_t before = gc::heap().live_blocks();
    Object* tail = nullptr;
    Object* head = make_list(1'000'000, tail);
    release(Value::object(head));
    EXPECT_EQ(gc::heap().live_blocks(), before);
}

TEST(Teardown, CollectsAMillionObjectRing)
{
    install_collector_hooks();
    gc::collector().set_enabled(true);
    node_class();
    size_t before = gc::heap().live_blocks();
    Object* tail = nullptr;
    Object* head = make_list(1'000'000, tail);
    ++head->header.refcount;
    tail->slots[0].copy_from(Value::object(head)); // closes the ring
    release(Value::object(head));                  // a possible root, count 1
    EXPECT_EQ(gc::collector().collect_cycles(), 1'000'000);
    EXPECT_EQ(gc::heap().live_blocks(), before);
}

} // namespace

} // namespace miniphp::runtime

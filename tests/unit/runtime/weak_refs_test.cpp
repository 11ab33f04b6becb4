// The weak table with WeakReference and WeakMap objects built directly: a target's
// owners are told when it is freed, in the order they registered, and not after
// they let go; WeakMap entries leave with their keys and release their values
// (orders as php 8.2 prints them in tests/golden/weakrefs).
#include <gtest/gtest.h>

#include "object_test_support.h"

#include <vector>

#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/object_store.h"
#include "runtime/weak_map.h"
#include "runtime/weak_reference.h"
#include "runtime/weak_refs.h"

namespace miniphp::runtime {

namespace {

std::vector<uint32_t> g_destructed; // handles, in the order their destructors ran

void record_destructor(Object* object) { g_destructed.push_back(object->handle); }

class WeakRefsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ObjectStore::instance().reset();
        g_destructed.clear();
        set_destructor_hook(record_destructor);
    }
    void TearDown() override
    {
        set_destructor_hook(nullptr);
        ObjectStore::instance().free_all();
        ObjectStore::instance().reset();
    }
};

// WeakReference::create($target) through the method, as a script calls it.
Object* create_reference(Object* target)
{
    const Method* create = weak_reference_class()->find_method("create");
    Value args[1] = {Value::object(target)};
    Value result = Value::null();
    BuiltinCall call{create->builtin, args, 1, &result};
    EXPECT_EQ(create->builtin->handler(call), Outcome::Ok);
    return result.as_object();
}

// $reference->get(): the target (one more count for the caller) or null.
Object* get_target(Object* reference)
{
    const Method* get = weak_reference_class()->find_method("get");
    Value result = Value::null();
    BuiltinCall call{get->builtin, nullptr, 0, &result, reference};
    EXPECT_EQ(get->builtin->handler(call), Outcome::Ok);
    return result.is_object() ? result.as_object() : nullptr;
}

Object* new_map() { return weak_map_class()->instantiate(); }

void set_entry(Object* map, Object* key, const Value& value)
{
    Value offset = Value::object(key);
    EXPECT_EQ(weak_map_class()->dimension_handlers()->write(map, &offset, value), Outcome::Ok);
}

int64_t count_of(Object* map) { return weak_map_class()->dimension_handlers()->count(map); }

TEST_F(WeakRefsTest, ReferenceIsClearedWhenTargetIsFreed)
{
    Object* target = Object::create(destructible_class());
    Object* reference = create_reference(target);
    EXPECT_TRUE(target->has_flag(WeaklyReferenced));
    Object* got = get_target(reference);
    EXPECT_EQ(got, target);
    drop(got);
    drop(target);
    EXPECT_EQ(g_destructed, std::vector<uint32_t>{1});
    EXPECT_EQ(get_target(reference), nullptr);
    drop(reference);
}

TEST_F(WeakRefsTest, SameTargetGivesSameReferenceWhileItLives)
{
    Object* target = Object::create(destructible_class());
    Object* a = create_reference(target);
    Object* b = create_reference(target);
    EXPECT_EQ(a, b);
    EXPECT_EQ(a->header.refcount, 2u);
    drop(a);
    drop(b);
    // The WeakReference is gone: the target is no longer weakly referenced.
    EXPECT_FALSE(target->has_flag(WeaklyReferenced));
    EXPECT_EQ(find_weak_reference(target), nullptr);
    drop(target);
}

TEST_F(WeakRefsTest, MapEntryLeavesWithItsKeyReleasingTheValue)
{
    Object* map = new_map();                           // 1
    Object* key = Object::create(destructible_class());    // 2
    Object* value = Object::create(destructible_class());  // 3
    set_entry(map, key, Value::object(value));
    drop(value); // the map holds it now
    EXPECT_EQ(count_of(map), 1);
    drop(key); // key's destructor, then the entry goes and the value with it
    EXPECT_EQ(g_destructed, (std::vector<uint32_t>{2, 3}));
    EXPECT_EQ(count_of(map), 0);
    drop(map);
}

TEST_F(WeakRefsTest, OwnersAreToldInRegistrationOrder)
{
    Object* first = new_map();                            // 1
    Object* second = new_map();                           // 2
    Object* key = Object::create(destructible_class());       // 3
    Object* in_first = Object::create(destructible_class());  // 4
    Object* in_second = Object::create(destructible_class()); // 5
    set_entry(second, key, Value::object(in_second));     // registers first
    set_entry(first, key, Value::object(in_first));
    drop(in_second);
    drop(in_first);
    drop(key);
    EXPECT_EQ(g_destructed, (std::vector<uint32_t>{3, 5, 4}));
    drop(first);
    drop(second);
}

TEST_F(WeakRefsTest, UnregisteringKeepsTheOrderOfTheOthers)
{
    Object* a = new_map();                            // 1
    Object* b = new_map();                            // 2
    Object* c = new_map();                            // 3
    Object* key = Object::create(destructible_class());   // 4
    for (Object* map : {a, b, c}) {
        Object* value = Object::create(destructible_class()); // 5, 6, 7
        set_entry(map, key, Value::object(value));
        drop(value);
    }
    Object* reference = create_reference(key);
    Value offset = Value::object(key);
    EXPECT_EQ(weak_map_class()->dimension_handlers()->unset(b, offset), Outcome::Ok); // 6 goes now
    EXPECT_EQ(g_destructed, std::vector<uint32_t>{6});
    drop(key);
    EXPECT_EQ(g_destructed, (std::vector<uint32_t>{6, 4, 5, 7}));
    EXPECT_EQ(get_target(reference), nullptr);
    drop(reference);
    for (Object* map : {a, b, c})
        drop(map);
}

// A map held only by a value of another map with the same key is freed while the
// key's owners are being told: it unregisters itself and is not told afterwards.
TEST_F(WeakRefsTest, OwnerFreedDuringNotificationIsNotToldAgain)
{
    Object* key = Object::create(destructible_class());   // 1
    Object* inner = new_map();                            // 2
    Object* outer = new_map();                            // 3
    set_entry(outer, key, Value::object(inner));          // outer registers first
    Object* value = Object::create(destructible_class()); // 4
    set_entry(inner, key, Value::object(value));
    drop(value);
    drop(inner); // only outer's entry holds it now
    drop(key);
    EXPECT_EQ(g_destructed, (std::vector<uint32_t>{1, 4}));
    EXPECT_EQ(count_of(outer), 0);
    drop(outer);
}

TEST_F(WeakRefsTest, FreeingTheMapUnregistersItsKeys)
{
    Object* map = new_map();
    Object* key = Object::create(destructible_class());
    set_entry(map, key, Value::integer(1));
    EXPECT_TRUE(key->has_flag(WeaklyReferenced));
    drop(map);
    EXPECT_FALSE(key->has_flag(WeaklyReferenced));
    drop(key);
}

} // namespace

} // namespace miniphp::runtime

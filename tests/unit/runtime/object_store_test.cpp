// The object store on its own: handles start at 1, a freed handle is the next one
// given (last freed, first reused, as php's free list), an owner's handle is freed
// after those of the objects it held, destructors run once, and shutdown calls the
// remaining destructors in handle order without reusing handles.
#include <gtest/gtest.h>

#include "object_test_support.h"

#include <vector>

#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/object_store.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

class ObjectStoreTest : public ::testing::Test {
protected:
    void SetUp() override { ObjectStore::instance().reset(); }
    void TearDown() override
    {
        set_destructor_hook(nullptr);
        ObjectStore::instance().free_all();
        ObjectStore::instance().reset();
    }
};

Class* plain_class()
{
    static Class* cls = [] {
        auto* c = new Class("Plain", nullptr, 0);
        c->add_property(InternTable::instance().intern("held"), AccPublic, Value::null());
        c->finish_linking();
        return c;
    }();
    return cls;
}

TEST_F(ObjectStoreTest, HandlesStartAtOneAndGrow)
{
    Object* a = Object::create(plain_class());
    Object* b = Object::create(plain_class());
    EXPECT_EQ(a->handle, 1u);
    EXPECT_EQ(b->handle, 2u);
    drop(a);
    drop(b);
}

TEST_F(ObjectStoreTest, LastFreedHandleIsReusedFirst)
{
    Object* a = Object::create(plain_class());
    Object* b = Object::create(plain_class());
    Object* c = Object::create(plain_class());
    drop(a); // free list: 1
    drop(c); // free list: 3, 1
    Object* d = Object::create(plain_class());
    Object* e = Object::create(plain_class());
    Object* f = Object::create(plain_class());
    EXPECT_EQ(d->handle, 3u);
    EXPECT_EQ(e->handle, 1u);
    EXPECT_EQ(f->handle, 4u);
    for (Object* o : {b, d, e, f})
        drop(o);
}

TEST_F(ObjectStoreTest, OwnerHandleFreedAfterWhatItHeld)
{
    Object* outer = Object::create(plain_class()); // 1
    Object* inner = Object::create(plain_class()); // 2
    outer->slots[0] = Value::object(inner);        // outer owns inner's reference
    drop(outer);                                   // frees 2, then 1
    Object* next = Object::create(plain_class());
    EXPECT_EQ(next->handle, 1u);
    Object* after = Object::create(plain_class());
    EXPECT_EQ(after->handle, 2u);
    drop(next);
    drop(after);
}

std::vector<uint32_t> g_destructed;

TEST_F(ObjectStoreTest, DestructorRunsOnceAndMayResurrect)
{
    g_destructed.clear();
    static Object* kept = nullptr;
    set_destructor_hook([](Object* o) {
        g_destructed.push_back(o->handle);
        kept = o;
        ++o->header.refcount; // stored somewhere by the destructor
    });
    Object* a = Object::create(destructible_class());
    drop(a);
    ASSERT_EQ(g_destructed.size(), 1u);
    ASSERT_EQ(kept, a);
    EXPECT_EQ(a->header.refcount, 1u); // alive again
    set_destructor_hook([](Object* o) { g_destructed.push_back(o->handle); });
    drop(a); // no second destructor call: freed
    EXPECT_EQ(g_destructed.size(), 1u);
    EXPECT_EQ(ObjectStore::instance().get(1), nullptr);
}

TEST_F(ObjectStoreTest, ShutdownCallsDestructorsInHandleOrderWithoutReuse)
{
    g_destructed.clear();
    set_destructor_hook([](Object* o) {
        g_destructed.push_back(o->handle);
        if (o->handle == 2) {
            // An object made during shutdown takes a new handle, not a freed one.
            Object* late = Object::create(plain_class());
            EXPECT_EQ(late->handle, 5u);
            drop(late);
        }
    });
    Object* a = Object::create(destructible_class()); // 1
    Object* b = Object::create(destructible_class()); // 2
    Object* c = Object::create(destructible_class()); // 3
    Object* d = Object::create(destructible_class()); // 4
    drop(a);                                          // destructed now, handle 1 free
    ObjectStore::instance().call_destructors();
    EXPECT_EQ(g_destructed, (std::vector<uint32_t>{1, 2, 3, 4}));
    for (Object* o : {b, c, d})
        drop(o); // destructors already called: only freed
    EXPECT_EQ(g_destructed.size(), 4u);
}

} // namespace

} // namespace miniphp::runtime

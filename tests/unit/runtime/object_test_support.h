// Objects for the unit tests of the object store and the weak table: a class whose
// __destruct has no code (the destructor hook a test sets sees each call), and
// dropping an owned object.
#pragma once

#include "runtime/class.h"
#include "runtime/object.h"

namespace miniphp::runtime {

inline Class* destructible_class()
{
    static Class* cls = [] {
        auto* c = new Class("WithDestructor", nullptr, 0);
        Method destructor;
        destructor.name = "__destruct";
        destructor.flags = AccPublic;
        destructor.scope = c;
        c->add_method("__destruct", destructor);
        c->finish_linking();
        return c;
    }();
    return cls;
}

inline void drop(Object* object) { release(Value::object(object)); }

} // namespace miniphp::runtime

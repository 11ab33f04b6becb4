#include "runtime/internal_iterator.h"

#include "runtime/array.h"
#include "runtime/builtin_methods.h"
#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/object_iterator.h"
#include "runtime/reference.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

// The iterator object an InternalIterator drives (in its `reserved` word).
Object* walker_of(const Object* internal) { return static_cast<Object*>(internal->reserved); }

ObjectIteratorData& walker_data(const Object* internal) { return *object_iterator_data(walker_of(internal)); }

void rewind_walker(ObjectIteratorData& data)
{
    data.rewound = true;
    object_iterator_rewind(data);
}

// zend_internal_iterator_ensure_rewound: the walker's data, rewound before the
// first method call.
const ObjectIteratorData& walk(Object* internal)
{
    ObjectIteratorData& data = walker_data(internal);
    if (!data.rewound)
        rewind_walker(data);
    return data;
}

void free_internal_iterator(Object* internal)
{
    if (Object* walker = walker_of(internal)) {
        internal->reserved = nullptr;
        release(Value::object(walker));
    }
}

// foreach over an InternalIterator: rewound, then the same iterator walked
// (zend_user_it_get_new_iterator refuses a loop by reference).
Object* iterator_for_loop(Object* internal, bool by_reference)
{
    if (by_reference) {
        (void)throw_error(msg::kind::Error, msg::IteratorByReference);
        return nullptr;
    }
    rewind_walker(walker_data(internal));
    Object* walker = walker_of(internal);
    ++walker->header.refcount;
    return walker;
}

Outcome construct(BuiltinCall&) { return Outcome::Ok; }

// The element the iterator is at, after the first-call rewind: true with the
// walker's data, its table and the position; false at the end.
struct Element {
    const ObjectIteratorData* data = nullptr;
    Array* table = nullptr;
    uint32_t pos = 0;
};

bool current_element(Object* internal, Element& element)
{
    element.data = &walk(internal);
    return object_iterator_current(*element.data, element.table, element.pos);
}

Outcome current(BuiltinCall& call)
{
    Element element;
    if (current_element(call.self, element))
        copy_value(*call.result, deref(element.table->value_at(element.pos)));
    return Outcome::Ok;
}

Outcome key(BuiltinCall& call)
{
    Element element;
    if (current_element(call.self, element))
        call.result->copy_from(object_iterator_key(*element.data, element.table, element.pos));
    return Outcome::Ok;
}

Outcome next(BuiltinCall& call)
{
    Element element;
    if (current_element(call.self, element))
        object_iterator_advance(*element.data, element.pos);
    return Outcome::Ok;
}

Outcome valid(BuiltinCall& call)
{
    Element element;
    call.result->set_bool(current_element(call.self, element));
    return Outcome::Ok;
}

Outcome rewind(BuiltinCall& call)
{
    rewind_walker(walker_data(call.self));
    return Outcome::Ok;
}

// The iterator object it drives is its child, for the collector.
void internal_iterator_gc_children(Object* internal, gc::Children& out)
{
    if (Object* walker = walker_of(internal))
        out.extra = &walker->header;
}

Class* make_internal_iterator_class()
{
    static BuiltinMethods methods;
    auto* cls = new Class("InternalIterator", nullptr, AccFinal | AccNotCloneable);
    cls->add_interface(find_builtin_class("iterator"));
    cls->set_free_extra(free_internal_iterator);
    cls->set_gc_children(internal_iterator_gc_children);
    cls->set_get_iterator(iterator_for_loop);
    methods.add(cls, "__construct", construct, 0, 0, "", AccPrivate);
    methods.add(cls, "current", current, 0, 0, "", AccPublic);
    methods.add(cls, "key", key, 0, 0, "", AccPublic);
    methods.add(cls, "next", next, 0, 0, "", AccPublic);
    methods.add(cls, "valid", valid, 0, 0, "", AccPublic);
    methods.add(cls, "rewind", rewind, 0, 0, "", AccPublic);
    cls->finish_linking();
    return cls;
}

} // namespace

const Class* internal_iterator_class()
{
    static Class* cls = make_internal_iterator_class();
    return cls;
}

Object* make_internal_iterator(Object* walker)
{
    Object* internal = Object::create(internal_iterator_class());
    internal->reserved = walker;
    return internal;
}

} // namespace miniphp::runtime

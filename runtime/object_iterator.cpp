#include "runtime/object_iterator.h"

#include <new>

#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/array_iterators.h"
#include "runtime/class.h"
#include "runtime/object.h"

namespace miniphp::runtime {

namespace {

void free_iterator_data(Object* object)
{
    auto* data = static_cast<ObjectIteratorData*>(object->reserved);
    if (data == nullptr)
        return;
    object->reserved = nullptr;
    iterator_delete(data->position);
    Object* subject = data->subject;
    gc::heap().deallocate(data, sizeof(ObjectIteratorData));
    release(Value::object(subject));
}

// The object it walks is its child, for the collector.
void iterator_gc_children(Object* iterator, gc::Children& out)
{
    if (ObjectIteratorData* data = object_iterator_data(iterator); data != nullptr && data->subject != nullptr)
        out.extra = &data->subject->header;
}

// The hidden class: no name a script can reach (it is in no class table).
Class* make_iterator_class()
{
    auto* cls = new Class("__iterator_wrapper", nullptr, AccFinal | AccNoDynamicProperties | AccNotCloneable);
    cls->set_free_extra(free_iterator_data);
    cls->set_gc_children(iterator_gc_children);
    cls->finish_linking();
    return cls;
}

// Made on first use; until then no object is an iterator, and asking costs nothing
// (not even the class's name, which would show in memory figures).
const Class* g_iterator_class = nullptr;

const Class* iterator_class()
{
    if (g_iterator_class == nullptr)
        g_iterator_class = make_iterator_class();
    return g_iterator_class;
}

} // namespace

Object* make_object_iterator(Object* subject)
{
    Object* iterator = Object::create(iterator_class());
    ++subject->header.refcount;
    uint32_t position = iterator_add(subject->class_entry->dimension_handlers()->table(subject), 0);
    iterator->reserved = new (gc::heap().allocate(sizeof(ObjectIteratorData))) ObjectIteratorData{subject, position};
    return iterator;
}

ObjectIteratorData* object_iterator_data(const Object* object)
{
    return object->class_entry == g_iterator_class && g_iterator_class != nullptr
               ? static_cast<ObjectIteratorData*>(object->reserved)
               : nullptr;
}

bool object_iterator_current(const ObjectIteratorData& data, Array*& table, uint32_t& pos)
{
    table = data.subject->class_entry->dimension_handlers()->table(data.subject);
    pos = table->next_position(iterator_position(data.position, table));
    return pos < table->used();
}

Value object_iterator_key(const ObjectIteratorData& data, Array* table, uint32_t pos)
{
    return data.subject->class_entry->dimension_handlers()->key(data.subject, table->key_at(pos));
}

void object_iterator_advance(const ObjectIteratorData& data, uint32_t pos) { iterator_set_position(data.position, pos + 1); }

void object_iterator_rewind(const ObjectIteratorData& data) { iterator_set_position(data.position, 0); }

} // namespace miniphp::runtime

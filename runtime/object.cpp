#include "runtime/object.h"

#include <cassert>

#include "gc/collector.h"
#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/array_iterators.h"
#include "runtime/class.h"
#include "runtime/closure.h"
#include "runtime/object_store.h"
#include "runtime/typed_reference.h"
#include "runtime/reference.h"
#include "runtime/teardown.h"

namespace miniphp::runtime {

namespace {

DestructorHook g_destructor_hook = nullptr;

} // namespace

void set_destructor_hook(DestructorHook hook) { g_destructor_hook = hook; }

// User code: whatever it frees is freed before it goes on, even in the middle of
// freeing something else.
void call_destructor(Object* object)
{
    if (g_destructor_hook != nullptr)
        Teardown::suspended([object] { g_destructor_hook(object); });
}

size_t Object::allocation_size(const Class* cls)
{
    // zend_object_alloc: sizeof(zend_object) (56, one property slot included) plus
    // the other slots, and one more slot for the guards of a class with magic
    // property methods.
    size_t slots = cls->slot_count() + (cls->has_flag(AccUsesGuards) ? 1 : 0);
    return offsetof(Object, slots) + slots * sizeof(Value) + cls->instance_extra();
}

uint32_t Object::slot_count() const { return class_entry->slot_count(); }

namespace {

// A new object of `cls` (count 1, not yet in the store) whose declared slots are
// not initialised yet; the guard slot, if any, is Undef.
Object* allocate_object_storage(const Class* cls)
{
    auto* object = static_cast<Object*>(gc::heap().allocate(Object::allocation_size(cls)));
    object->header.init(static_cast<uint32_t>(Type::Object), cls->destructor() == nullptr ? uint32_t{gc::DestructorDone} : 0u);
    object->flags = 0;
    object->class_entry = cls;
    object->reserved = nullptr;
    object->properties = nullptr;
    if (cls->has_flag(AccUsesGuards))
        new (&object->slots[cls->slot_count()]) Value();
    return object;
}

// The same with every slot Undef.
Object* allocate_object(const Class* cls)
{
    Object* object = allocate_object_storage(cls);
    for (uint32_t i = 0, n = cls->slot_count(); i < n; ++i)
        new (&object->slots[i]) Value();
    return object;
}

} // namespace

Object* Object::create(const Class* cls)
{
    Object* object = allocate_object_storage(cls);
    const std::vector<Value>& defaults = cls->default_values();
    for (uint32_t i = 0, n = static_cast<uint32_t>(defaults.size()); i < n; ++i) {
        new (&object->slots[i]) Value();
        copy_value(object->slots[i], defaults[i]);
    }
    object->handle = ObjectStore::instance().put(object);
    return object;
}

Object* Object::clone(const Object* original)
{
    // zend_closure_clone: a new closure over the same code, $this and scopes, with a
    // copy of its static (and captured) variables.
    if (const ClosureData* closure = closure_data(original)) {
        ClosureData data = *closure;
        if (data.this_object != nullptr)
            ++data.this_object->header.refcount;
        if (data.static_values != nullptr)
            data.static_values = data.static_values->duplicate();
        return make_closure(data);
    }
    if (ObjectClone clone_handler = original->class_entry->clone_handler())
        return clone_handler(original);
    Object* object = allocate_object(original->class_entry);
    for (uint32_t i = 0, n = original->slot_count(); i < n; ++i) {
        copy_unwrapping_lone_reference(object->slots[i], original->slots[i]);
        // A reference both share is the clone's property's too.
        if (holds_typed_reference(object->slots[i])) {
            if (const PropertyInfo* info = typed_slot_source_for_reference(object, i))
                add_type_source(object->slots[i].as_reference(), info);
        }
    }
    if (original->properties != nullptr && original->properties->size() != 0)
        object->properties = original->properties->duplicate();
    object->handle = ObjectStore::instance().put(object);
    return object;
}

// zend_objects_store_del: the destructor first (once in the object's life); if it
// stored the object somewhere the count is above zero again and the object lives on.
void Object::destroy(Object* object)
{
    // Reached again while its own properties are being released (a cycle freed at
    // shutdown): whoever is freeing it finishes the job.
    if (object->free_called())
        return;
    if (!object->destructor_done()) {
        object->set_destructor_done();
        if (object->class_entry->destructor() != nullptr) {
            object->header.refcount = 1;
            call_destructor(object);
            if (--object->header.refcount != 0)
                return;
        }
    }
    // zend_object_std_dtor, then the memory and the handle, which joins the free
    // list only after everything the object held is gone.
    Teardown::free_object(object);
}


std::vector<PropertyEntry> list_properties(const Object* object)
{
    std::vector<PropertyEntry> entries;
    const std::vector<PropertyInfo>& slots = object->class_entry->slot_properties();
    for (uint32_t i = 0; i < slots.size(); ++i) {
        if (object->slots[i].is_undef())
            continue;
        entries.push_back({&slots[i], ArrayKey::of_string(slots[i].name), &object->slots[i]});
    }
    if (Array* dynamic = object->properties) {
        for (uint32_t pos = dynamic->next_position(0); pos < dynamic->used(); pos = dynamic->next_position(pos + 1))
            entries.push_back({nullptr, dynamic->key_at(pos), &dynamic->value_at(pos)});
    }
    return entries;
}

void build_property_table(const Object* object)
{
    if (object->properties != nullptr)
        return;
    // The table is a cache of what the object holds, as in php, so a const object
    // may still get one.
    auto* owner = const_cast<Object*>(object);
    uint32_t declared = object->slot_count();
    owner->properties = Array::create(declared);
    if (declared != 0)
        owner->properties->reserve_hash(declared);
}

DebugProperties::DebugProperties(Object* object, bool uninitialized)
{
    ObjectDebugInfo debug_info = object->class_entry->debug_info();
    if (debug_info == nullptr)
        build_property_table(object);
    if (debug_info == nullptr && uninitialized) {
        const std::vector<PropertyInfo>& slots = object->class_entry->slot_properties();
        for (uint32_t i = 0; i < slots.size(); ++i) {
            if (object->slots[i].is_undef() && slots[i].type == nullptr)
                continue;
            m_entries.push_back({&slots[i], ArrayKey::of_string(slots[i].name), &object->slots[i]});
        }
        if (Array* dynamic = object->properties) {
            for (uint32_t pos = dynamic->next_position(0); pos < dynamic->used(); pos = dynamic->next_position(pos + 1))
                m_entries.push_back({nullptr, dynamic->key_at(pos), &dynamic->value_at(pos)});
        }
        return;
    }
    if (debug_info == nullptr) {
        m_entries = list_properties(object);
        return;
    }
    m_view = debug_info(object);
    for (uint32_t pos = m_view->next_position(0); pos < m_view->used(); pos = m_view->next_position(pos + 1))
        m_entries.push_back({nullptr, m_view->key_at(pos), &m_view->value_at(pos)});
}

DebugProperties::~DebugProperties()
{
    if (m_view != nullptr)
        release(Value::array(m_view));
}

} // namespace miniphp::runtime

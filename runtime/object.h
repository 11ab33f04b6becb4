// Object: a PHP object, laid out like Zend's zend_object so that its allocation size
// is php's: a 40-byte header, then one Value per declared property (inherited ones
// first, see class.h), then a guard slot when the class has __get/__set.
//
// An object lives in the ObjectStore under its handle (var_dump's #N,
// spl_object_id). When its count drops to zero, destroy() does what
// zend_objects_store_del does: the destructor runs once (the object may be stored
// somewhere by it and survive), then the dynamic properties and the property slots
// are released, the memory is freed and the handle goes to the head of the store's
// free list, so the next new object takes it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "gc/refcounted.h"
#include "runtime/array.h"
#include "runtime/value.h"

namespace miniphp::runtime {

class Class;
struct PropertyInfo;

enum ObjectFlags : uint32_t {
    WeaklyReferenced = 1u << 2, // IS_OBJ_WEAKLY_REFERENCED: a WeakReference or a WeakMap key (weak_refs.h)
    // A typed property of it has been made a reference's type source (typed_reference.h):
    // its destruction removes them.
    HoldsTypedReferences = 1u << 3,
};

struct Object {
    gc::Refcounted header;
    uint32_t handle;
    uint32_t flags;
    const Class* class_entry;
    void* reserved;     // Zend's handlers pointer: kept so sizes stay php's
    Array* properties;  // dynamic properties, in creation order (null while none)
    Value slots[1];     // declared properties; the allocation extends past the struct

    // A new object of `cls` (count 1) with its properties at their defaults,
    // registered in the store.
    static Object* create(const Class* cls);
    // A new object (count 1) of the same class holding copies of the properties of
    // `original`, registered in the store (zend_objects_clone_obj before __clone
    // runs): a reference only the original held is copied as its value, a shared
    // one stays shared by both.
    static Object* clone(const Object* original);
    // The last reference went away (zend_objects_store_del). Freeing the storage
    // (properties, memory, handle) is Teardown::free_object.
    static void destroy(Object* object);

    static size_t allocation_size(const Class* cls);
    uint32_t slot_count() const;
    bool has_flag(ObjectFlags flag) const { return (flags & flag) != 0; }
    // The destructor has run or is not to run (none, or the constructor failed).
    bool destructor_done() const { return header.has_flag(gc::DestructorDone); }
    void set_destructor_done() { header.add_flag(gc::DestructorDone); }
    // The storage (properties, handle) has been freed or is being freed.
    bool free_called() const { return header.has_flag(gc::FreeCalled); }
    void set_free_called() { header.add_flag(gc::FreeCalled); }
};

// The collector reads an object's start as gc::ObjectPrefix.
static_assert(offsetof(Object, class_entry) == offsetof(gc::ObjectPrefix, shape) &&
              offsetof(Object, properties) == offsetof(gc::ObjectPrefix, dynamic_properties) &&
              offsetof(Object, slots) == offsetof(gc::ObjectPrefix, slots));

// One property as php's properties table lists it: `info` for a declared one (its
// visibility and class make var_dump's annotations), null for a dynamic one.
struct PropertyEntry {
    const PropertyInfo* info;
    ArrayKey key;
    const Value* value;
};

// php's rebuild_object_properties: var_dump, print_r, var_export, foreach,
// get_object_vars and (array) make an object's property table if it has none, and it
// stays. Ours holds only dynamic properties, so this makes an empty one of the size
// php's would have (its declared properties' slots), for memory figures.
void build_property_table(const Object* object);

// The properties in php's order (rebuild_object_properties): declared ones in slot
// order, skipping unset ones, then dynamic ones in the order they were created.
std::vector<PropertyEntry> list_properties(const Object* object);

// What var_dump, print_r and debug_zval_dump show of an object: its class's debug
// view when it has one (a Closure's), else its properties; with `uninitialized`
// (var_dump) also the typed properties not yet assigned, whose value is Undef.
class DebugProperties {
public:
    explicit DebugProperties(Object* object, bool uninitialized = false);
    ~DebugProperties();
    DebugProperties(const DebugProperties&) = delete;
    DebugProperties& operator=(const DebugProperties&) = delete;
    const std::vector<PropertyEntry>& entries() const { return m_entries; }

private:
    std::vector<PropertyEntry> m_entries;
    Array* m_view = nullptr;
};

// Runs the destructor of `object` (whose count the caller holds up): implemented by
// the VM, which calls the user method with php's exception rules.
using DestructorHook = void (*)(Object* object);
void set_destructor_hook(DestructorHook hook);
void call_destructor(Object* object);

} // namespace miniphp::runtime

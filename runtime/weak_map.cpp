#include "runtime/weak_map.h"

#include <cassert>

#include "runtime/array.h"
#include "runtime/builtin_methods.h"
#include "runtime/builtins/args.h"
#include "runtime/class.h"
#include "runtime/collector_hooks.h"
#include "runtime/conversions.h"
#include "runtime/exceptions.h"
#include "runtime/internal_iterator.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/object_iterator.h"
#include "runtime/object_store.h"
#include "runtime/reference.h"
#include "runtime/string.h"
#include "runtime/weak_refs.h"

namespace miniphp::runtime {

namespace {

Array* entries(const Object* map) { return static_cast<Array*>(map->reserved); }

// The key object of an entry: entries are keyed by their key's handle, which holds
// that object until it has left every map (see notify_freed).
Object* key_of(ArrayKey key) { return ObjectStore::instance().get(static_cast<uint32_t>(key.number)); }

// zend_weakmap_create_object.
Object* new_weak_map(const Class* cls)
{
    Object* map = Object::create(cls);
    map->reserved = Array::create();
    return map;
}

// zend_weakmap_free_obj: each key is unregistered in insertion order, which drops
// its entry (and releases its value) before the next.
void free_weak_map(Object* map)
{
    Array* table = entries(map);
    if (table == nullptr)
        return;
    while (table->size() != 0) {
        uint32_t pos = table->next_position(0);
        Object* key = key_of(table->key_at(pos));
        assert(key != nullptr && "a key leaves its maps before its handle is invalidated");
        if (key == nullptr) {
            table->delete_at(pos);
            continue;
        }
        unregister_weak(key, {WeakOwnerKind::Map, map});
    }
    map->reserved = nullptr;
    release(Value::array(table));
}

// The key object of `offset`, or null after php's errors (zend_weakmap_read_dimension
// and friends): none for $map[], a TypeError for anything but an object.
Object* key_object(const Value* offset)
{
    if (offset == nullptr) {
        (void)throw_error(msg::kind::Error, msg::WeakMapAppend);
        return nullptr;
    }
    const Value& v = deref(*offset);
    if (!v.is_object()) {
        (void)throw_error(msg::kind::TypeError, msg::WeakMapKeyType);
        return nullptr;
    }
    return v.as_object();
}

Value* read_entry(Object* map, const Value* offset, bool quiet)
{
    Object* key = key_object(offset);
    if (key == nullptr)
        return nullptr;
    Value* slot = entries(map)->find(int64_t{key->handle});
    if (slot == nullptr && !quiet)
        (void)throw_error(msg::kind::Error, format(msg::WeakMapMissingKey, key->class_entry->name().c_str(), key->handle));
    return slot;
}

// zend_weakmap_write_dimension: a new key is registered and appended; a present one
// keeps its place and takes the new value.
Outcome write_entry(Object* map, const Value* offset, const Value& value)
{
    Object* key = key_object(offset);
    if (key == nullptr)
        return Outcome::Threw;
    Value copy;
    copy_value(copy, deref(value));
    Array* table = entries(map);
    if (Value* slot = table->find(int64_t{key->handle})) {
        Value old;
        old.copy_from(*slot);
        slot->copy_from(copy);
        release(old);
        return Outcome::Ok;
    }
    register_weak(key, {WeakOwnerKind::Map, map});
    table->lookup_or_insert(int64_t{key->handle})->copy_from(copy);
    return Outcome::Ok;
}

// zend_weakmap_has_dimension: isset() is "present and not null", empty() the
// value's falsiness.
Outcome has_entry(Object* map, const Value& offset, bool check_empty, bool& answer)
{
    Object* key = key_object(&offset);
    if (key == nullptr)
        return Outcome::Threw;
    const Value* slot = entries(map)->find(int64_t{key->handle});
    if (slot == nullptr)
        answer = false;
    else
        answer = check_empty ? to_bool(deref(*slot)) : !deref(*slot).is_null();
    return Outcome::Ok;
}

// zend_weakmap_unset_dimension: a key not in the map is no error.
Outcome unset_entry(Object* map, const Value& offset)
{
    Object* key = key_object(&offset);
    if (key == nullptr)
        return Outcome::Threw;
    if (entries(map)->find(int64_t{key->handle}) != nullptr)
        unregister_weak(key, {WeakOwnerKind::Map, map});
    return Outcome::Ok;
}

int64_t count_entries(Object* map) { return entries(map)->size(); }

Array* entry_table(Object* map) { return entries(map); }

// foreach's key: the key object itself.
Value entry_key(Object*, ArrayKey key)
{
    Object* object = key_of(key);
    if (object == nullptr)
        return Value::null();
    ++object->header.refcount;
    return Value::object(object);
}

// zend_weakmap_get_properties_for (debug purpose): a list of ["key" => object,
// "value" => value] pairs.
Array* debug_entries(Object* map)
{
    Array* table = entries(map);
    Array* list = Array::create();
    InternTable& names = InternTable::instance();
    for (uint32_t pos = table->next_position(0); pos < table->used(); pos = table->next_position(pos + 1)) {
        Array* pair = Array::create();
        pair->lookup_or_insert(names.intern("key"))->copy_from(entry_key(map, table->key_at(pos)));
        copy_value(*pair->lookup_or_insert(names.intern("value")), table->value_at(pos));
        list->append()->copy_from(Value::array(pair));
    }
    return list;
}

// zend_weakmap_clone_obj: the same entries, each key registered with the copy too.
Object* clone_weak_map(const Object* original)
{
    Object* copy = new_weak_map(original->class_entry);
    Array* from = entries(original);
    Array* to = entries(copy);
    for (uint32_t pos = from->next_position(0); pos < from->used(); pos = from->next_position(pos + 1)) {
        ArrayKey key = from->key_at(pos);
        Object* target = key_of(key);
        if (target == nullptr)
            continue;
        register_weak(target, {WeakOwnerKind::Map, copy});
        copy_value(*to->lookup_or_insert(key.number), from->value_at(pos));
    }
    return copy;
}

// --- the methods (ArrayAccess and Countable through the same handlers) ------------

Outcome offset_get(BuiltinCall& call)
{
    if (Value* slot = read_entry(call.self, &call.args[0], false)) {
        copy_value(*call.result, deref(*slot));
        return Outcome::Ok;
    }
    return Outcome::Threw;
}

Outcome offset_set(BuiltinCall& call) { return write_entry(call.self, &call.args[0], call.args[1]); }

Outcome offset_exists(BuiltinCall& call)
{
    bool answer = false;
    if (has_entry(call.self, call.args[0], false, answer) == Outcome::Threw)
        return Outcome::Threw;
    call.result->set_bool(answer);
    return Outcome::Ok;
}

Outcome offset_unset(BuiltinCall& call) { return unset_entry(call.self, call.args[0]); }

Outcome count_method(BuiltinCall& call)
{
    *call.result = Value::integer(count_entries(call.self));
    return Outcome::Ok;
}

// foreach (zend_weakmap_get_iterator): by value or by reference alike.
Object* loop_iterator(Object* map, bool) { return make_object_iterator(map); }

// WeakMap::getIterator(): an InternalIterator over a new iterator of the map.
Outcome get_iterator_method(BuiltinCall& call)
{
    call.result->copy_from(Value::object(make_internal_iterator(make_object_iterator(call.self))));
    return Outcome::Ok;
}

// zend_weakmap_get_gc: the values are the map's children (not their keys').
void weak_map_gc_children(Object* map, gc::Children& out)
{
    if (Array* table = entries(map))
        out.runs[0] = slot_run(table);
}

const DimensionHandlers kHandlers = {
    read_entry, write_entry, has_entry, unset_entry, count_entries, entry_table, entry_key,
};

Class* make_weak_map_class()
{
    static BuiltinMethods methods;
    auto* cls = new Class("WeakMap", nullptr, AccFinal | AccNoDynamicProperties);
    for (const char* name : {"ArrayAccess", "Countable", "IteratorAggregate"})
        cls->add_interface(find_builtin_class(ascii_lower(name)));
    cls->set_factory(new_weak_map);
    cls->set_free_extra(free_weak_map);
    cls->set_gc_children(weak_map_gc_children);
    cls->set_debug_info(debug_entries);
    cls->set_clone(clone_weak_map);
    cls->set_dimension_handlers(&kHandlers);
    cls->set_get_iterator(loop_iterator);
    methods.add(cls, "offsetGet", offset_get, 1, 1, "object", AccPublic);
    methods.add(cls, "offsetSet", offset_set, 2, 2, "object,value", AccPublic);
    methods.add(cls, "offsetExists", offset_exists, 1, 1, "object", AccPublic);
    methods.add(cls, "offsetUnset", offset_unset, 1, 1, "object", AccPublic);
    methods.add(cls, "count", count_method, 0, 0, "", AccPublic);
    methods.add(cls, "getIterator", get_iterator_method, 0, 0, "", AccPublic);
    cls->finish_linking();
    return cls;
}

} // namespace

const Class* weak_map_class()
{
    static Class* cls = make_weak_map_class();
    return cls;
}

void weak_map_forget(Object* map, Object* target)
{
    if (Array* table = entries(map))
        table->remove(int64_t{target->handle});
}

} // namespace miniphp::runtime

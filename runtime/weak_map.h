// WeakMap: the built-in final class mapping objects to values without keeping the
// keys alive (php 8's zend_weakrefs.c). It implements ArrayAccess, Countable and
// IteratorAggregate: `$map[$o] = v`, `$map[$o]`, isset, unset, count() and foreach
// (whose keys are the objects) go through the class's dimension handlers
// (class.h's DimensionHandlers), as php's go through its object handlers.
//
// The entries are a php array in the object's spare `reserved` word, in insertion
// order, keyed by the key object's handle (unique while it lives), holding the
// values strongly. Each key is registered with the weak table (weak_refs.h), which
// drops the entry, releasing its value, when the key is freed. Freeing the map
// unregisters every key, dropping the entries in order.
//
// A value that holds its own key (`$map[$o] = $o`, or an object referring to it)
// keeps the key, and so the entry, alive while the map lives: php 8.2's collector
// does not free it either (zend_weakmap_get_gc shows the values as children of the
// map, not of their keys; tests/pending/weakrefs/weakmap_value_holds_key.phpt). It
// does free a map in a cycle through one of its values, so the collector must visit
// a map's values as its children (DimensionHandlers::table gives them).
#pragma once

namespace miniphp::runtime {

class Array;
class Class;
struct Object;

// The class, with its methods and handlers, made on first use.
const Class* weak_map_class();

// The key `target` is being freed or unset: its entry leaves `map`.
void weak_map_forget(Object* map, Object* target);

} // namespace miniphp::runtime

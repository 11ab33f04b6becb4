// ObjectIterator: what a foreach over an object whose class walks a table of its own
// (class.h's DimensionHandlers::table, a WeakMap's entries) keeps in its iterator
// temporary, as php's zend_object_iterator. Like php's, it is an object of a hidden
// class (zend_iterator_class_entry) and so takes a handle from the object store for
// the length of the loop, which the handles of objects made inside the loop show.
//
// It holds the walked object and an engine iterator over its table
// (array_iterators.h), whose position follows entries removed or added during the
// loop. Freeing it (FeFree, or unwinding) deletes the engine iterator, then releases
// the object (zend_weakmap_iterator_dtor's order).
#pragma once

#include <cstdint>

namespace miniphp::runtime {

struct Object;

struct ObjectIteratorData {
    Object* subject;  // owned
    uint32_t position; // the engine iterator's number
};

// A new iterator object (count 1) over `subject`, whose class has dimension handlers.
Object* make_object_iterator(Object* subject);

// The data of an iterator object (null for any other object).
ObjectIteratorData* object_iterator_data(const Object* object);

} // namespace miniphp::runtime

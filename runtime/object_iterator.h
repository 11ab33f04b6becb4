// ObjectIterator: what a foreach over an object whose class walks a table of its own
// (class.h's DimensionHandlers::table, a WeakMap's entries) keeps in its iterator
// temporary, and what an InternalIterator drives, as php's zend_object_iterator. Like php's, it is an object of a hidden
// class (zend_iterator_class_entry) and so takes a handle from the object store for
// the length of the loop, which the handles of objects made inside the loop show.
//
// It holds the walked object and an engine iterator over its table
// (array_iterators.h), whose position follows entries removed or added during the
// loop. Freeing it (FeFree, or unwinding) deletes the engine iterator, then releases
// the object (zend_weakmap_iterator_dtor's order).
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace miniphp::runtime {

class Array;
struct Object;

struct ObjectIteratorData {
    Object* subject;    // owned
    uint32_t position;  // the engine iterator's number
    bool rewound = false; // an InternalIterator driving it has rewound it
};

// A new iterator object (count 1) over `subject`, whose class has dimension handlers,
// at the first element.
Object* make_object_iterator(Object* subject);

// The data of an iterator object (null for any other object).
ObjectIteratorData* object_iterator_data(const Object* object);

// The element the iterator is at: true with its table and position in it, false at
// the end.
bool object_iterator_current(const ObjectIteratorData& data, Array*& table, uint32_t& pos);
// The key the walked object's class shows for the element at `pos` (owned).
Value object_iterator_key(const ObjectIteratorData& data, Array* table, uint32_t pos);
// On to the element after `pos`.
void object_iterator_advance(const ObjectIteratorData& data, uint32_t pos);
// Back to the first element.
void object_iterator_rewind(const ObjectIteratorData& data);

} // namespace miniphp::runtime

// InternalIterator: the built-in final class through which php exposes the iterator
// of a built-in Traversable as an Iterator (zend_interfaces.c's
// zend_internal_iterator): WeakMap::getIterator() returns one. Its methods current(),
// key(), next(), valid() and rewind() drive an iterator object (object_iterator.h),
// rewinding it before the first of them; a foreach over it rewinds and walks that same
// iterator. It cannot be made with `new` (its constructor is private), cloned, or
// walked by reference.
#pragma once

namespace miniphp::runtime {

class Class;
struct Object;

const Class* internal_iterator_class();

// A new InternalIterator (count 1) driving `walker`, an iterator object whose
// reference it takes over.
Object* make_internal_iterator(Object* walker);

} // namespace miniphp::runtime

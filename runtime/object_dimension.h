// $object[...]: an object used as an array goes through its class's dimension
// handlers (class.h's DimensionHandlers, which WeakMap has), as php's
// zend_fetch_dimension_address and friends call read_dimension, write_dimension,
// has_dimension and unset_dimension. An object whose class has none is php's
// "Cannot use object of type C as array" (zend_bad_array_access), for reads, ?? and
// isset() as much as for writes.
//
// The VM calls these from its general paths only: the array fast paths never see an
// object.
#pragma once

#include "runtime/engine.h"
#include "runtime/value.h"

namespace miniphp::runtime {

struct Object;

// $object[$offset] read (`quiet` for ?? and isset(): a missing element is null).
[[nodiscard]] Outcome read_object_dimension(Object* object, const Value& offset, bool quiet, Value& result);
// The element a nested write or a reference goes through (`offset` null for
// $object[]), or null after an exception.
Value* object_dimension_for_write(Object* object, const Value* offset);
// $object[$offset] = $value (`offset` null for $object[] = $value).
[[nodiscard]] Outcome write_object_dimension(Object* object, const Value* offset, const Value& value);
// isset($object[$offset]), or empty() when `empty`.
[[nodiscard]] Outcome object_dimension_isset(Object* object, const Value& offset, bool empty, bool& answer);
[[nodiscard]] Outcome unset_object_dimension(Object* object, const Value& offset);

} // namespace miniphp::runtime

// The (type) casts as php's ZEND_CAST performs them, also settype()'s conversions
// (convert_to_* in Zend/zend_operators.c gives the same values).
#pragma once

#include "runtime/engine.h"
#include "runtime/value.h"

namespace miniphp::runtime {

// r = v converted to `to` (Null, True or False for bool, Long, Double, String, Array,
// Object). Threw: an object's __toString threw.
Outcome cast_value(Value& r, const Value& v, Type to);

} // namespace miniphp::runtime

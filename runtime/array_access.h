// Reading arrays by offset as php 8.2's handlers do (zend_fetch_dimension_address_inner
// and its helpers in Zend/zend_execute.c): which offsets become which keys, with which
// warnings, deprecations and errors.
#pragma once

#include "runtime/array.h"
#include "runtime/engine.h"
#include "runtime/value.h"

namespace miniphp::runtime {

// What the offset is used for: it decides the TypeError's text for an illegal offset.
enum class OffsetUse { Read, Write, Isset, Unset };

// $a[$offset]'s key: ints as they are, strings holding a canonical integer as that
// int, other strings as they are (borrowed), null as "", bools as 0/1, floats
// truncated (with the "Implicit conversion" deprecation when that loses
// something). An array offset throws "Illegal offset type" (TypeError).
[[nodiscard]] Outcome offset_to_key(const Value& offset, ArrayKey& key, OffsetUse use);

// "Warning: Undefined array key 5" / "Undefined array key "x"".
void undefined_key_warning(ArrayKey key);

// $array[$offset] for reading: the element (dereferenced), or nullptr after the
// "Undefined array key" warning (none when `quiet`, for ?? and isset).
[[nodiscard]] Outcome read_element(Array* array, const Value& offset, bool quiet, const Value*& element);

} // namespace miniphp::runtime

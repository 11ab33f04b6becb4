// Indexing a string with $s[$offset]: which offsets php accepts, how they convert
// to an int, and which warnings each conversion prints (zend_fetch_dimension_str,
// zend_isset_dim_slow and zend_isempty_dim_slow in php 8.2).
#pragma once

#include "runtime/engine.h"
#include "runtime/string.h"
#include "runtime/value.h"

namespace miniphp::runtime {

// How the read is used: a plain read warns about every questionable offset, a quiet
// read (the left side of ??) gives null instead of failing.
enum class OffsetRead { Normal, Quiet };

// $s[$offset]: writes a one-character string to `result`, or "" with a warning
// (Normal) / null (Quiet) when the offset is out of range. Throws TypeError
// "Cannot access offset of type %s on string" for a non-integer string offset.
Outcome read_string_offset(Value& result, const String* s, const Value& offset, OffsetRead mode);

// The offset of a write or a nested fetch on a string, with php's warnings
// ("String offset cast occurred", "Illegal string offset") and its TypeError for
// offsets that are not integers.
[[nodiscard]] Outcome string_offset_index(const Value& offset, int64_t& index);

// $s[$index] = $value (zend_assign_to_string_offset), the offset already through
// string_offset_index: one byte replaced, the string padded with spaces when the
// offset is past its end; `result` (optional) gets the one-character string.
[[nodiscard]] Outcome assign_string_offset(Value& container, int64_t index, const Value& value, Value* result);

// isset($s[$offset]) and empty($s[$offset]): never warn except for the deprecation
// of a fractional float offset.
bool string_offset_isset(const String* s, const Value& offset);
bool string_offset_empty(const String* s, const Value& offset);

} // namespace miniphp::runtime

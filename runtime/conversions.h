// Conversions between PHP types, exactly as PHP 8.2 performs them
// (Zend/zend_operators.c: zend_is_true, zval_get_long, zval_get_double,
// zval_get_string, _is_numeric_string_ex; main/snprintf.c for floats).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace miniphp::runtime {

// PHP truthiness: false for null, false, 0, 0.0, -0.0, "", "0" (and empty arrays later).
bool to_bool(const Value& v);

// (int) cast: floats truncate (NaN/Inf and out-of-range follow PHP 8.2 on 64-bit),
// strings take their leading numeric prefix ("12abc" -> 12, "abc" -> 0, " 1e3" -> 1000).
int64_t to_long(const Value& v);

// (float) cast.
double to_double(const Value& v);

// String conversion as echo/(string)/concatenation perform it. Returns a Value that
// owns a reference: interned strings for "", one-byte results and interned inputs;
// a new refcounted string otherwise. Ints format in decimal, floats with precision 14
// (format_double_precision), true -> "1", false/null -> "".
Value to_string(const Value& v);

// Appends the string form of v to out (same text as to_string, no allocation).
void append_string(std::string& out, const Value& v);

// echo/print's float formatting: %.14G as php's smart_str_append_double with
// precision=14 ("0.3", "1.0E+25", "-0", "INF", "NAN").
std::string format_double_precision(double d, int precision = 14);

// var_dump/var_export/json_encode's formatting with serialize_precision=-1: the shortest
// digits that round-trip ("0.30000000000000004", "1.0E+25", "-0").
std::string format_double_repr(double d);

// Result of scanning a string for a number (zend's is_numeric_string_ex).
enum class NumericType : uint8_t { None, Long, Double };

struct NumericPrefix {
    NumericType type = NumericType::None;
    int64_t long_value = 0;
    double double_value = 0.0;
    // The whole string is numeric (leading and trailing whitespace allowed).
    bool whole = false;
    // Only a leading prefix is numeric ("12abc"): arithmetic warns
    // "A non-numeric value encountered" / "A well formed..." as php does.
    bool has_trailing_data = false;
};

// Scans `s` as php does for numeric strings: optional leading whitespace, sign,
// digits, '.', exponent, optional trailing whitespace. Integers that overflow become
// Double.
NumericPrefix parse_numeric(std::string_view s);

// PHP's gettype() name: "NULL", "boolean", "integer", "double", "string", ...
const char* type_name_for_gettype(const Value& v);
// Type name in TypeError messages: "null", "bool", "int", "float", "string", ...
const char* zend_type_name(const Value& v);

} // namespace miniphp::runtime

// Conversions between PHP types, exactly as PHP 8.2 performs them
// (Zend/zend_operators.c: zend_is_true, zval_get_long, zval_get_double,
// zval_get_string, _is_numeric_string_ex; main/snprintf.c for floats).
//
// Three files implement this header, one concept each (integer_text.h adds the inline
// int formatting):
//   numeric_string.cpp  parse_numeric and string_to_double: how php reads numbers in strings
//   float_format.cpp    format_double_precision / format_double_repr: floats as text
//   conversions.cpp     the casts (to_bool, to_long, to_double, to_string) and type names
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/integer_text.h"
#include "runtime/value.h"

namespace miniphp::runtime {

struct Object;

// PHP truthiness: false for null, false, 0, 0.0, -0.0, "", "0" (and empty arrays later).
bool to_bool(const Value& v);

// (int) cast: floats truncate (NaN/Inf and out-of-range follow PHP 8.2 on 64-bit),
// strings take their leading numeric prefix ("12abc" -> 12, "abc" -> 0, " 1e3" -> 1000).
int64_t to_long(const Value& v);

// (float) cast.
double to_double(const Value& v);

// String conversion as echo/(string)/concatenation perform it. Returns a Value that
// owns a reference. Like php's zval_get_string: "" for null/false, the interned "1"
// for true, interned one-char strings for the ints 0..9, the input itself (one more
// reference) for strings; every other int and every float gets a new refcounted
// string, as php allocates one (this keeps memory_get_usage() in step). Ints format
// in decimal, floats with precision 14 (format_double_precision).
Value to_string(const Value& v);

// An object as a string: its __toString's result (owned), or null with an exception
// pending ("Object of class A could not be converted to string", or what the
// method threw).
String* object_to_string(Object* object);

// Appends the string form of v to out (same text as to_string, no allocation).
void append_string(std::string& out, const Value& v);

// echo/print's float formatting: %.14G as php's smart_str_append_double with
// precision=14 ("0.3", "1.0E+25", "-0", "INF", "NAN"). A precision of 0 means 1 and
// -1 means format_double_repr, as php's ini setting does.
std::string format_double_precision(double d, int precision = 14);

// var_dump/var_export/json_encode's formatting with serialize_precision=-1: the shortest
// digits that round-trip ("0.30000000000000004", "1.0E+25", "-0").
std::string format_double_repr(double d);

// Writes the same text as format_double_precision (precision -1: format_double_repr)
// into `out`, which must hold kMaxDoubleText bytes; returns the length. No allocation,
// for concatenation and echo.
inline constexpr size_t kMaxDoubleText = 1100;
size_t format_double_into(char* out, double d, int precision);
// The same text through std::to_chars alone, without format_double_into's fast path:
// the yardstick the unit tests hold the fast path to. Nothing else needs it.
size_t format_double_reference_into(char* out, double d, int precision);

// Result of scanning a string for a number (zend's is_numeric_string_ex).
enum class NumericType : uint8_t { None, Long, Double };

struct NumericPrefix {
    NumericType type = NumericType::None;
    int64_t long_value = 0;
    double double_value = 0.0;
    // The whole string is numeric (leading and trailing whitespace allowed).
    bool whole = false;
    // Only a leading prefix is numeric ("12abc"): arithmetic warns
    // "A non-numeric value encountered" as php 8 does.
    bool has_trailing_data = false;
    // An integer literal too large for int64 (php's oflow_info): +1 above
    // PHP_INT_MAX, -1 below PHP_INT_MIN, else 0. The string comparison uses it to fall
    // back to byte comparison when two overflowing integers round to the same double.
    int8_t overflow = 0;

    // The string is numeric by php's strict rule (is_numeric_string without errors):
    // the type when `whole`, otherwise None.
    NumericType whole_type() const { return whole ? type : NumericType::None; }
};

// Scans `s` as php does for numeric strings: optional leading whitespace, sign,
// digits, '.', exponent, optional trailing whitespace. Integers that overflow become
// Double. "0x1A" is the number 0 followed by trailing data, never hex.
NumericPrefix parse_numeric(std::string_view s);

// (float) of a string, php's zend_strtod after leading whitespace: the longest
// decimal prefix ("1.5abc" -> 1.5, "-0" -> -0.0, "1e999" -> INF, "abc" -> 0).
double string_to_double(std::string_view s);

// Float to int conversions of php 8.2 on 64-bit (zend_dval_to_lval and friends).
// Out of range: modular arithmetic (2^64) for dval_to_lval, saturation for
// dval_to_lval_cap (used for numeric strings); NaN and infinities give 0 for both.
int64_t dval_to_lval(double d);
int64_t dval_to_lval_cap(double d);

// True when the double -> int conversion lost nothing (zend_is_long_compatible);
// otherwise php 8.1+ reports "Implicit conversion from float ... loses precision".
inline bool is_long_compatible(double d, int64_t l) { return static_cast<double>(l) == d; }

// The text of an int: format_long_into(out, l) and long_text_length(l) are inline in
// runtime/integer_text.h, included above, so that hot paths format without a call.

// PHP's gettype() name: "NULL", "boolean", "integer", "double", "string", ...
const char* type_name_for_gettype(const Value& v);
// Type name in TypeError messages: "null", "bool", "int", "float", "string", ...,
// an object's class name
const char* zend_type_name(const Value& v);

} // namespace miniphp::runtime

// PHP's operators on values (Zend/zend_operators.c): arithmetic with int overflow to
// float, string concatenation, PHP 8 comparison rules, bitwise operators and
// increment/decrement (including the string increment "a" -> "b", "Az" -> "Ba").
//
// Contract for the binary helpers: `result` is written (it must not alias an operand
// and holds nothing that needs releasing); operands are only read. Warnings are
// printed through runtime/engine.h. On Outcome::Threw nothing was written to result
// and an exception is pending (DivisionByZeroError, TypeError, ArithmeticError).
//
// Speed: every operator is split like Zend's add_function_fast/add_function_slow.
// The `*_fast` helpers below are inline and handle int and float operands only; they
// return false for anything else (or an error case such as division by zero) and the
// caller then takes the out-of-line `*_slow` path, which handles every type, prints
// warnings and throws. The public operators (add, sub, ...) are exactly that
// composition, so the VM may call either them or the pieces.
//
// Implemented in operators.cpp (arithmetic, bitwise, concatenation, ++/--) and
// compare.cpp (==, <=>, <, <=).
#pragma once

#include <cstdint>
#include <cstring>

#include "runtime/engine.h"
#include "runtime/integer_text.h"
#include "runtime/value.h"

namespace miniphp::runtime {

// Zend's TYPE_PAIR: one switchable number for a pair of operand types.
constexpr unsigned type_pair(Type a, Type b)
{
    return (static_cast<unsigned>(a) << 4) | static_cast<unsigned>(b);
}

// ---- Arithmetic fast paths (int and float operands) ------------------------------

inline bool add_fast(Value& result, const Value& a, const Value& b)
{
    switch (type_pair(a.type(), b.type())) {
    case type_pair(Type::Long, Type::Long): {
        int64_t r;
        if (__builtin_add_overflow(a.as_long(), b.as_long(), &r)) [[unlikely]]
            result = Value::dbl(static_cast<double>(a.as_long()) + static_cast<double>(b.as_long()));
        else
            result = Value::integer(r);
        return true;
    }
    case type_pair(Type::Double, Type::Double):
        result = Value::dbl(a.as_double() + b.as_double());
        return true;
    case type_pair(Type::Long, Type::Double):
        result = Value::dbl(static_cast<double>(a.as_long()) + b.as_double());
        return true;
    case type_pair(Type::Double, Type::Long):
        result = Value::dbl(a.as_double() + static_cast<double>(b.as_long()));
        return true;
    default:
        return false;
    }
}

inline bool sub_fast(Value& result, const Value& a, const Value& b)
{
    switch (type_pair(a.type(), b.type())) {
    case type_pair(Type::Long, Type::Long): {
        int64_t r;
        if (__builtin_sub_overflow(a.as_long(), b.as_long(), &r)) [[unlikely]]
            result = Value::dbl(static_cast<double>(a.as_long()) - static_cast<double>(b.as_long()));
        else
            result = Value::integer(r);
        return true;
    }
    case type_pair(Type::Double, Type::Double):
        result = Value::dbl(a.as_double() - b.as_double());
        return true;
    case type_pair(Type::Long, Type::Double):
        result = Value::dbl(static_cast<double>(a.as_long()) - b.as_double());
        return true;
    case type_pair(Type::Double, Type::Long):
        result = Value::dbl(a.as_double() - static_cast<double>(b.as_long()));
        return true;
    default:
        return false;
    }
}

inline bool mul_fast(Value& result, const Value& a, const Value& b)
{
    switch (type_pair(a.type(), b.type())) {
    case type_pair(Type::Long, Type::Long): {
        int64_t r;
        if (__builtin_mul_overflow(a.as_long(), b.as_long(), &r)) [[unlikely]]
            result = Value::dbl(static_cast<double>(a.as_long()) * static_cast<double>(b.as_long()));
        else
            result = Value::integer(r);
        return true;
    }
    case type_pair(Type::Double, Type::Double):
        result = Value::dbl(a.as_double() * b.as_double());
        return true;
    case type_pair(Type::Long, Type::Double):
        result = Value::dbl(static_cast<double>(a.as_long()) * b.as_double());
        return true;
    case type_pair(Type::Double, Type::Long):
        result = Value::dbl(a.as_double() * static_cast<double>(b.as_long()));
        return true;
    default:
        return false;
    }
}

// int / int stays an int when the division is exact (div_function_base); a zero
// divisor and PHP_INT_MIN / -1 go to the slow path.
inline bool div_fast(Value& result, const Value& a, const Value& b)
{
    switch (type_pair(a.type(), b.type())) {
    case type_pair(Type::Long, Type::Long): {
        int64_t x = a.as_long(), y = b.as_long();
        if (y == 0 || y == -1) [[unlikely]]
            return false;
        if (x % y == 0)
            result = Value::integer(x / y);
        else
            result = Value::dbl(static_cast<double>(x) / static_cast<double>(y));
        return true;
    }
    case type_pair(Type::Double, Type::Double):
        if (b.as_double() == 0.0) [[unlikely]]
            return false;
        result = Value::dbl(a.as_double() / b.as_double());
        return true;
    default:
        return false;
    }
}

inline bool mod_fast(Value& result, const Value& a, const Value& b)
{
    if (a.is_long() && b.is_long() && b.as_long() != 0 && b.as_long() != -1) [[likely]] {
        result = Value::integer(a.as_long() % b.as_long());
        return true;
    }
    return false;
}

// ---- Slow paths: every operand type, warnings, exceptions -------------------------

Outcome add_slow(Value& result, const Value& a, const Value& b);
Outcome sub_slow(Value& result, const Value& a, const Value& b);
Outcome mul_slow(Value& result, const Value& a, const Value& b);
Outcome div_slow(Value& result, const Value& a, const Value& b);
Outcome mod_slow(Value& result, const Value& a, const Value& b);

inline Outcome add(Value& result, const Value& a, const Value& b)
{
    return add_fast(result, a, b) ? Outcome::Ok : add_slow(result, a, b);
}
inline Outcome sub(Value& result, const Value& a, const Value& b)
{
    return sub_fast(result, a, b) ? Outcome::Ok : sub_slow(result, a, b);
}
inline Outcome mul(Value& result, const Value& a, const Value& b)
{
    return mul_fast(result, a, b) ? Outcome::Ok : mul_slow(result, a, b);
}
inline Outcome div(Value& result, const Value& a, const Value& b)
{
    return div_fast(result, a, b) ? Outcome::Ok : div_slow(result, a, b);
}
inline Outcome mod(Value& result, const Value& a, const Value& b)
{
    return mod_fast(result, a, b) ? Outcome::Ok : mod_slow(result, a, b);
}

Outcome pow(Value& result, const Value& a, const Value& b);
Outcome concat(Value& result, const Value& a, const Value& b);

// The float tail of concat_in_place (defined in operators.cpp): false for any other
// type. `target` must already qualify as concat_in_place checks.
bool concat_in_place_slow(Value& target, const Value& tail, bool exact);

// `$s .= x` without a copy, as php's concat_function does when the result is its left
// operand: if `target` holds a refcounted string with a count of 1 and `tail` is a
// string (not that same string), an int or a float, appends the tail's text to it in
// place and returns true (the target may now point at a moved string). Otherwise
// returns false and changes nothing; the caller then takes concat().
//
// php grows the string at its safe size (32 + length). With `exact` it is grown at
// zend_string_alloc's size instead: for the temporaries of a concatenation chain,
// which is how our compiler builds an interpolated string ("item {$i};") where php's
// ROPE makes one string of the exact size. (An explicit `$a . $b . $c` chain in php
// does grow its temporary at the safe size; we follow the interpolation, the common
// case, and save a move per piece.)
template <bool exact = false>
inline bool concat_in_place(Value& target, const Value& tail)
{
    if (!target.is_string() || !target.is_refcounted() || target.as_counted()->refcount != 1)
        return false;
    String* s = target.as_string();
    if (tail.is_string()) {
        const String* t = tail.as_string();
        if (t == s)
            return false;
        target = Value::string(String::append<exact>(s, t->view()));
        return true;
    }
    if (tail.is_long()) {
        int64_t l = tail.as_long();
        size_t old_length = s->length;
        size_t digits = long_text_length(l);
        s = String::extend<exact>(s, digits);
        write_long(s->bytes + old_length, l, digits);
        target = Value::string(s);
        return true;
    }
    return concat_in_place_slow(target, tail, exact);
}

// concat_in_place<true>, out of line: for the left temporary of a concatenation.
bool concat_temporary_in_place(Value& target, const Value& tail);

// ---- Bitwise ----------------------------------------------------------------------

Outcome shift_left_slow(Value& result, const Value& a, const Value& b);
Outcome shift_right_slow(Value& result, const Value& a, const Value& b);
Outcome bitwise_and_slow(Value& result, const Value& a, const Value& b);
Outcome bitwise_or_slow(Value& result, const Value& a, const Value& b);
Outcome bitwise_xor_slow(Value& result, const Value& a, const Value& b);

inline Outcome shift_left(Value& result, const Value& a, const Value& b)
{
    if (a.is_long() && b.is_long() && static_cast<uint64_t>(b.as_long()) < 64) [[likely]] {
        result = Value::integer(static_cast<int64_t>(static_cast<uint64_t>(a.as_long()) << b.as_long()));
        return Outcome::Ok;
    }
    return shift_left_slow(result, a, b);
}
inline Outcome shift_right(Value& result, const Value& a, const Value& b)
{
    if (a.is_long() && b.is_long() && static_cast<uint64_t>(b.as_long()) < 64) [[likely]] {
        result = Value::integer(a.as_long() >> b.as_long());
        return Outcome::Ok;
    }
    return shift_right_slow(result, a, b);
}
inline Outcome bitwise_and(Value& result, const Value& a, const Value& b)
{
    if (a.is_long() && b.is_long()) [[likely]] {
        result = Value::integer(a.as_long() & b.as_long());
        return Outcome::Ok;
    }
    return bitwise_and_slow(result, a, b);
}
inline Outcome bitwise_or(Value& result, const Value& a, const Value& b)
{
    if (a.is_long() && b.is_long()) [[likely]] {
        result = Value::integer(a.as_long() | b.as_long());
        return Outcome::Ok;
    }
    return bitwise_or_slow(result, a, b);
}
inline Outcome bitwise_xor(Value& result, const Value& a, const Value& b)
{
    if (a.is_long() && b.is_long()) [[likely]] {
        result = Value::integer(a.as_long() ^ b.as_long());
        return Outcome::Ok;
    }
    return bitwise_xor_slow(result, a, b);
}

Outcome bitwise_not(Value& result, const Value& a);
Outcome unary_minus(Value& result, const Value& a); // compiled as a * -1 by php
Outcome unary_plus(Value& result, const Value& a);  // compiled as a * 1 by php

// ---- Comparison -------------------------------------------------------------------

// ===, ==, and <=> (returns -1, 0, 1) with PHP 8 rules: numeric strings compare as
// numbers, a number and a non-numeric string compare as strings, null/bool compare
// as bools. `a > b` is is_smaller(b, a) and `a >= b` is is_smaller_or_equal(b, a), as
// php compiles them (this matters for NAN, where every ordering is false).

// zend_compare for every type pair.
int compare_slow(const Value& a, const Value& b);

// Zend's ZEND_THREEWAY_COMPARE for doubles: NAN compares as "greater" (1).
inline int three_way(double x, double y) { return x == y ? 0 : (x < y ? -1 : 1); }

// The three-way result for int/float pairs; false for other pairs.
inline bool compare_fast(int& result, const Value& a, const Value& b)
{
    switch (type_pair(a.type(), b.type())) {
    case type_pair(Type::Long, Type::Long):
        result = a.as_long() > b.as_long() ? 1 : (a.as_long() < b.as_long() ? -1 : 0);
        return true;
    case type_pair(Type::Double, Type::Double):
        result = three_way(a.as_double(), b.as_double());
        return true;
    case type_pair(Type::Long, Type::Double):
        result = three_way(static_cast<double>(a.as_long()), b.as_double());
        return true;
    case type_pair(Type::Double, Type::Long):
        result = three_way(a.as_double(), static_cast<double>(b.as_long()));
        return true;
    default:
        return false;
    }
}

// String === String: same bytes.
inline bool strings_identical(const String* x, const String* y)
{
    return x == y || (x->length == y->length && std::memcmp(x->bytes, y->bytes, x->length) == 0);
}

class Array;
// array + array: a new array (add_function_array).
Array* array_union(Array* a, Array* b);
// `a += b` on an array `a` already separated for writing: b's elements whose keys a
// lacks are added to a itself.
void array_union_in_place(Array* a, Array* b);

// Array === Array: the same keys in the same order, with identical values.
bool arrays_identical(const Value& a, const Value& b);

inline bool is_identical(const Value& a, const Value& b)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Type::Undef:
    case Type::Null:
    case Type::False:
    case Type::True:
        return true;
    case Type::Long:
        return a.as_long() == b.as_long();
    case Type::Double:
        return a.as_double() == b.as_double();
    case Type::String:
        return strings_identical(a.as_string(), b.as_string());
    case Type::Array:
        return arrays_identical(a, b);
    case Type::Object:
        return a.as_object() == b.as_object(); // the same instance
    default:
        return false;
    }
}

inline Outcome compare(int& result, const Value& a, const Value& b)
{
    if (!compare_fast(result, a, b))
        result = compare_slow(a, b);
    return Outcome::Ok;
}

// Loose equality; == between two strings (zend_fast_equal_strings).
bool loose_equals_slow(const Value& a, const Value& b);

inline Outcome loose_equals(bool& result, const Value& a, const Value& b)
{
    int cmp;
    if (compare_fast(cmp, a, b))
        result = cmp == 0;
    else
        result = loose_equals_slow(a, b);
    return Outcome::Ok;
}

inline Outcome is_smaller(bool& result, const Value& a, const Value& b)
{
    int cmp;
    if (!compare_fast(cmp, a, b))
        cmp = compare_slow(a, b);
    result = cmp < 0;
    return Outcome::Ok;
}

inline Outcome is_smaller_or_equal(bool& result, const Value& a, const Value& b)
{
    int cmp;
    if (!compare_fast(cmp, a, b))
        cmp = compare_slow(a, b);
    result = cmp <= 0;
    return Outcome::Ok;
}

// ---- Increment and decrement ------------------------------------------------------

// ++ and -- on the value in place (the slot keeps ownership; a new string replaces
// an old one, which is released). The slot's aux word is kept: the slot may live in
// an array whose hash chain uses it, and Zend's ZVAL_LONG leaves u2 alone as well.
Outcome increment_slow(Value& v);
Outcome decrement_slow(Value& v);

// Stores `replacement` into `slot`, keeping the slot's aux word.
inline void store_keep_aux(Value& slot, Value replacement)
{
    replacement.set_aux(slot.aux());
    slot = replacement;
}

inline Outcome increment(Value& v)
{
    if (v.is_long() && v.as_long() != INT64_MAX) [[likely]] {
        store_keep_aux(v, Value::integer(v.as_long() + 1));
        return Outcome::Ok;
    }
    if (v.is_double()) {
        store_keep_aux(v, Value::dbl(v.as_double() + 1));
        return Outcome::Ok;
    }
    return increment_slow(v);
}

inline Outcome decrement(Value& v)
{
    if (v.is_long() && v.as_long() != INT64_MIN) [[likely]] {
        store_keep_aux(v, Value::integer(v.as_long() - 1));
        return Outcome::Ok;
    }
    if (v.is_double()) {
        store_keep_aux(v, Value::dbl(v.as_double() - 1));
        return Outcome::Ok;
    }
    return decrement_slow(v);
}

} // namespace miniphp::runtime

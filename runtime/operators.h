// PHP's operators on values (Zend/zend_operators.c): arithmetic with int overflow to
// float, string concatenation, PHP 8 comparison rules, bitwise operators and
// increment/decrement (including the string increment "a" -> "b", "Az" -> "Ba").
//
// Contract for the binary helpers: `result` is written (it must not alias an operand
// and holds nothing that needs releasing); operands are only read. Warnings are
// printed through runtime/engine.h. On Outcome::Threw nothing was written to result
// and an exception is pending (DivisionByZeroError, TypeError, ArithmeticError).
#pragma once

#include "runtime/engine.h"
#include "runtime/value.h"

namespace miniphp::runtime {

Outcome add(Value& result, const Value& a, const Value& b);
Outcome sub(Value& result, const Value& a, const Value& b);
Outcome mul(Value& result, const Value& a, const Value& b);
Outcome div(Value& result, const Value& a, const Value& b);
Outcome mod(Value& result, const Value& a, const Value& b);
Outcome pow(Value& result, const Value& a, const Value& b);
Outcome concat(Value& result, const Value& a, const Value& b);
Outcome shift_left(Value& result, const Value& a, const Value& b);
Outcome shift_right(Value& result, const Value& a, const Value& b);
Outcome bitwise_and(Value& result, const Value& a, const Value& b);
Outcome bitwise_or(Value& result, const Value& a, const Value& b);
Outcome bitwise_xor(Value& result, const Value& a, const Value& b);
Outcome bitwise_not(Value& result, const Value& a);
Outcome unary_minus(Value& result, const Value& a); // compiled as a * -1 by php
Outcome unary_plus(Value& result, const Value& a);  // compiled as a * 1 by php

// ===, ==, and <=> (returns -1, 0, 1) with PHP 8 rules: numeric strings compare as
// numbers, a number and a non-numeric string compare as strings, null/bool compare
// as bools.
bool is_identical(const Value& a, const Value& b);
Outcome loose_equals(bool& result, const Value& a, const Value& b);
Outcome compare(int& result, const Value& a, const Value& b);
Outcome is_smaller(bool& result, const Value& a, const Value& b);
Outcome is_smaller_or_equal(bool& result, const Value& a, const Value& b);

// ++ and -- on the value in place (the slot keeps ownership; a new string replaces
// an old one, which is released).
Outcome increment(Value& v);
Outcome decrement(Value& v);

} // namespace miniphp::runtime

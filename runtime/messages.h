// Messages: every PHP diagnostic text the runtime prints or throws, in one table so
// wording, punctuation and spacing stay byte-exact with php 8.2 (the way LibJS keeps
// its ErrorTypes.h). Each entry names the constant, the kind (an error level such as
// "Warning" or "Deprecated", or the Throwable class that carries the message) and the
// printf-style text as php's zend_error()/zend_throw_error() call spells it.
//
// Use the constants with runtime::format() and the reporting entry points in
// runtime/engine.h:
//
//     warning(msg::NonNumericValue);
//     return throw_error(msg::kind::TypeError,
//                        format(msg::UnsupportedOperandTypes, "string", "+", "int"));
//
// Add new texts here rather than spelling them at the call site; copy the wording
// from php's output (php -n -r '...'), never from memory.
#pragma once

#include <cstddef>

// X(Name, kind, "format")
#define MINIPHP_MESSAGES(X)                                                                  \
    /* Variables and values */                                                               \
    X(UndefinedVariable, "Warning", "Undefined variable $%s")                                \
    X(ArrayToStringConversion, "Warning", "Array to string conversion")                      \
    X(ObjectToString, "Error", "Object of class %s could not be converted to string")       \
    /* Arithmetic on strings (zendi_try_convert_scalar_to_number, zendi_try_get_long) */    \
    X(NonNumericValue, "Warning", "A non-numeric value encountered")                         \
    X(UnsupportedOperandTypes, "TypeError", "Unsupported operand types: %s %s %s")           \
    X(ImplicitFloatToInt, "Deprecated", "Implicit conversion from float %s to int loses precision") \
    X(ImplicitFloatStringToInt, "Deprecated",                                                \
      "Implicit conversion from float-string \"%s\" to int loses precision")                 \
    /* Arithmetic errors */                                                                  \
    X(DivisionByZero, "DivisionByZeroError", "Division by zero")                             \
    X(ModuloByZero, "DivisionByZeroError", "Modulo by zero")                                 \
    X(ShiftByNegative, "ArithmeticError", "Bit shift by negative number")                    \
    X(BitwiseNotUnsupported, "TypeError", "Cannot perform bitwise not on %s")                \
    X(CannotIncrement, "TypeError", "Cannot increment %s")                                   \
    X(CannotDecrement, "TypeError", "Cannot decrement %s")                                   \
    X(StringSizeOverflow, "Error", "String size overflow")

namespace miniphp::runtime::msg {

// The message texts as constants: msg::NonNumericValue, msg::DivisionByZero, ...
#define MINIPHP_MESSAGE_TEXT(name, kind, text) inline constexpr char name[] = text;
MINIPHP_MESSAGES(MINIPHP_MESSAGE_TEXT)
#undef MINIPHP_MESSAGE_TEXT

// Names for the kinds used above, for throw_error()'s class-name argument.
namespace kind {
inline constexpr char Error[] = "Error";
inline constexpr char TypeError[] = "TypeError";
inline constexpr char ArithmeticError[] = "ArithmeticError";
inline constexpr char DivisionByZeroError[] = "DivisionByZeroError";
} // namespace kind

// One row of the table, for code that walks all messages (tests, docs).
struct MessageInfo {
    const char* name;
    const char* kind;
    const char* text;
};

#define MINIPHP_MESSAGE_ROW(name, kind, text) MessageInfo{#name, kind, text},
inline constexpr MessageInfo kAllMessages[] = {MINIPHP_MESSAGES(MINIPHP_MESSAGE_ROW)};
#undef MINIPHP_MESSAGE_ROW

inline constexpr size_t kMessageCount = sizeof(kAllMessages) / sizeof(kAllMessages[0]);

} // namespace miniphp::runtime::msg

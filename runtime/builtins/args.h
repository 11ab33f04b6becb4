// Reading builtin arguments the way zend_parse_parameters does in weak (non-strict)
// mode, the only mode miniphp has.
//
// A handler asks for each argument by position (0-based here; php's messages count
// from 1) and the expected php type. The reader coerces exactly as php 8.2's
// zend_parse_arg_*_weak functions in Zend/zend_API.c do:
//
//   int     int; float if integral and in range (a fractional part is truncated after
//           "Deprecated: Implicit conversion from float 1.5 to int loses precision");
//           a fully numeric string ("12", " 12 ", "1e3"; "1.5" with the float-string
//           deprecation); bool; null with "Passing null to parameter" deprecation.
//           NaN, Inf, out-of-range floats, arrays and non-numeric or leading-numeric
//           strings ("5 apples") throw TypeError "must be of type int, string given".
//   float   int, numeric string, bool, null (deprecated); anything else TypeError.
//   string  int and float through the (string) cast, bool, null (deprecated).
//   bool    any scalar through truthiness, null (deprecated).
//   number  int|float: ints and floats as they are, numeric strings as their number,
//           bools as 0/1, null as 0 (deprecated).
//
// Every getter returns Outcome::Threw with the exception pending when php would
// throw; deprecations are printed and the call goes on, as in php.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/builtins/builtin.h"
#include "runtime/engine.h"
#include "runtime/string.h"
#include "runtime/value.h"

namespace miniphp::runtime::builtins {

inline bool failed(Outcome outcome) { return outcome == Outcome::Threw; }

// A string argument, borrowed from the argument list: a scalar given for a string
// parameter is converted in place, as zend_parse_arg_str_weak does (which is why a
// stack trace then shows str_repeat('5', 'x') for str_repeat(5, 'x')).
class StringArg {
public:
    std::string_view view() const { return m_string != nullptr ? m_string->view() : std::string_view(); }
    String* string() const { return m_string; }
    // A new owner of the same string, to return it unchanged.
    Value to_value() const;

private:
    friend class ArgReader;
    String* m_string = nullptr;
};

class ArgReader {
public:
    explicit ArgReader(BuiltinCall& call) : m_call(call) {}

    uint32_t count() const { return m_call.argc; }
    bool has(uint32_t index) const { return index < m_call.argc; }
    // The raw argument, for mixed parameters.
    const Value& at(uint32_t index) const { return m_call.args[index]; }

    [[nodiscard]] Outcome get_long(uint32_t index, int64_t& out) const;
    [[nodiscard]] Outcome get_double(uint32_t index, double& out) const;
    [[nodiscard]] Outcome get_bool(uint32_t index, bool& out) const;
    [[nodiscard]] Outcome get_string(uint32_t index, StringArg& out) const;
    // int|float: `out` becomes a Long or a Double.
    [[nodiscard]] Outcome get_number(uint32_t index, Value& out) const;

    // ?int, ?bool and ?string: null is accepted without a deprecation and sets is_null.
    [[nodiscard]] Outcome get_long_or_null(uint32_t index, int64_t& out, bool& is_null) const;
    [[nodiscard]] Outcome get_bool_or_null(uint32_t index, bool& out, bool& is_null) const;
    [[nodiscard]] Outcome get_string_or_null(uint32_t index, StringArg& out, bool& is_null) const;

    // An array (zpp's 'a'): TypeError "must be of type array, X given" otherwise.
    [[nodiscard]] Outcome get_array(uint32_t index, Array*& out) const;
    // array|string (zpp's Z_PARAM_ARRAY_HT_OR_STR): an array sets `array`, anything
    // else is read as a string (`array` left null).
    [[nodiscard]] Outcome get_array_or_string(uint32_t index, Array*& array, StringArg& string) const;
    // A by-reference array parameter (zpp's Z_PARAM_ARRAY_EX(arg, 0, 1)): the
    // variable's array, separated so that the handler may change it in place, and the
    // slot holding it (for handlers that replace the array). TypeError as get_array.
    [[nodiscard]] Outcome get_array_for_write(uint32_t index, Array*& out, Value** slot = nullptr) const;

    // A callback (zpp's 'f'): the name of a user function or builtin; php's TypeError
    // "must be a valid callback, ..." otherwise.
    [[nodiscard]] Outcome get_callable(uint32_t index, Callable& out) const;
    // Calls a callback got from get_callable.
    [[nodiscard]] static Outcome call(const Callable& callable, const Value* args, uint32_t argc, Value& result);

    // TypeError "f(): Argument #N ($name) must be of type EXPECTED, GIVEN given".
    [[nodiscard]] Outcome type_error(uint32_t index, std::string_view expected) const;
    // `class_name` "f(): Argument #N ($name) DETAIL" (zend_argument_error).
    [[nodiscard]] Outcome argument_error(const char* class_name, uint32_t index,
                                         std::string_view detail) const;

    std::string_view function_name() const { return m_call.function->name; }

private:
    void null_deprecated(uint32_t index, const char* type) const;
    Outcome read_long(uint32_t index, int64_t& out, const char* expected) const;
    Outcome read_bool(uint32_t index, bool& out, const char* expected) const;
    Outcome read_string(uint32_t index, StringArg& out, const char* expected) const;

    BuiltinCall& m_call;
};

// The declared name of parameter `index` of `function` ("" for variadic arguments,
// which php's messages leave unnamed).
std::string_view parameter_name(const BuiltinFunction& function, uint32_t index);

// "f(): Argument #N ($name) " with the name part dropped for unnamed parameters.
std::string argument_prefix(const BuiltinFunction& function, uint32_t index);

// A string Value for a result built in a buffer (smart_str): always a new refcounted
// string, even "" or one byte, as debug_zval_dump shows for sprintf() and friends.
Value string_value(std::string_view text);
// The same in a block of `block_size` bytes (String::create_in_block).
Value string_value_in_block(std::string_view text, size_t block_size);
// The same in a block of zend_string_safe_alloc's size, 32 + length: the results of
// str_repeat, str_pad, substr and implode are allocated so in php.
Value safe_string_value(std::string_view text);
// The same in the block of a smart_str returned as it is, untrimmed (print_r with
// $return): 256 bytes up to 231 characters, then whole pages with room to spare.
Value smart_str_value(std::string_view text);

// True when d converts to int without leaving [PHP_INT_MIN, PHP_INT_MAX]
// (ZEND_DOUBLE_FITS_LONG); NaN is not checked here.
inline bool double_fits_long(double d)
{
    return !(d >= 9223372036854775808.0 || d < -9223372036854775808.0);
}

} // namespace miniphp::runtime::builtins

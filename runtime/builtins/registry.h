// The builtin tables, as the registry sees them.
//
// Every area file (string.cpp, math.cpp, type.cpp, var.cpp, format.cpp, ...) owns a
// constant array of BuiltinFunction and hands it out through one function declared
// here. registry.cpp calls those functions the first time a name is looked up and
// builds its hash maps from them, so no table depends on the order in which global
// constructors run (there are none).
//
// Adding a builtin to an existing area: append a row to that file's table. Adding an
// area: write builtins/<area>.cpp with a `<area>_functions()` (and, if it defines
// constants, `<area>_constants()`), declare it below and list it in kFunctionAreas /
// kConstantAreas in registry.cpp.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "runtime/builtins/builtin.h"

namespace miniphp::runtime::builtins {

// A builtin constant: a scalar, or a string interned when it is looked up.
struct BuiltinConstant {
    enum class Kind : uint8_t { Null, Bool, Long, Double, String };

    std::string_view name; // case-sensitive, as php 8 registers them
    Kind kind;
    int64_t long_value;    // Long, and Bool (0 or 1)
    double double_value;   // Double
    std::string_view string_value; // String
};

constexpr BuiltinConstant long_constant(std::string_view name, int64_t value)
{
    return {name, BuiltinConstant::Kind::Long, value, 0.0, {}};
}

constexpr BuiltinConstant double_constant(std::string_view name, double value)
{
    return {name, BuiltinConstant::Kind::Double, 0, value, {}};
}

constexpr BuiltinConstant string_constant(std::string_view name, std::string_view value)
{
    return {name, BuiltinConstant::Kind::String, 0, 0.0, value};
}

constexpr BuiltinConstant bool_constant(std::string_view name, bool value)
{
    return {name, BuiltinConstant::Kind::Bool, value ? 1 : 0, 0.0, {}};
}

// One per area file.
std::span<const BuiltinFunction> string_functions();
std::span<const BuiltinFunction> format_functions();
std::span<const BuiltinFunction> math_functions();
std::span<const BuiltinFunction> type_functions();
std::span<const BuiltinFunction> var_functions();
std::span<const BuiltinFunction> array_functions();
std::span<const BuiltinFunction> array_callback_functions();
std::span<const BuiltinFunction> scope_functions();
std::span<const BuiltinFunction> ini_functions();
std::span<const BuiltinFunction> gc_functions();
std::span<const BuiltinFunction> sort_functions();
std::span<const BuiltinFunction> replace_functions();
std::span<const BuiltinFunction> array_query_functions();
std::span<const BuiltinFunction> array_merge_functions();
std::span<const BuiltinFunction> array_slice_functions();
std::span<const BuiltinFunction> array_stack_functions();
std::span<const BuiltinFunction> array_set_functions();
std::span<const BuiltinFunction> array_column_functions();
std::span<const BuiltinFunction> array_pointer_functions();
std::span<const BuiltinFunction> range_functions();
std::span<const BuiltinFunction> implode_explode_functions();
std::span<const BuiltinFunction> string_basic_functions();
std::span<const BuiltinFunction> string_text_functions();
std::span<const BuiltinFunction> digest_functions();
std::span<const BuiltinFunction> markup_functions();
std::span<const BuiltinFunction> json_functions();
std::span<const BuiltinFunction> class_functions();
std::span<const BuiltinFunction> callable_functions();
std::span<const BuiltinFunction> xdebug_functions();
std::span<const BuiltinFunction> date_functions();
std::span<const BuiltinFunction> memory_functions();
std::span<const BuiltinFunction> environment_functions();

std::span<const BuiltinConstant> core_constants();
std::span<const BuiltinConstant> math_constants();
std::span<const BuiltinConstant> array_constants();
std::span<const BuiltinConstant> array_callback_constants();
std::span<const BuiltinConstant> scope_constants();
std::span<const BuiltinConstant> sort_constants();
std::span<const BuiltinConstant> string_basic_constants();
std::span<const BuiltinConstant> markup_constants();
std::span<const BuiltinConstant> json_constants();

} // namespace miniphp::runtime::builtins

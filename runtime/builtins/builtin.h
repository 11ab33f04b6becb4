// Builtin (internal) functions: how the VM calls them and how they are registered.
//
// The VM evaluates arguments left to right into `args`, then calls
// call_builtin(), which checks the count (ArgumentCountError "f() expects exactly
// 1 argument, 0 given"), then the handler. A handler reads its arguments through
// ArgReader-style helpers that coerce as php's zend_parse_parameters does in
// non-strict mode (and throw php's TypeError when they cannot), writes its return
// value into `result` (null when it writes nothing), and reports failure by
// returning Outcome::Threw with an exception pending.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/engine.h"
#include "runtime/value.h"

namespace miniphp::runtime {

struct BuiltinFunction;
struct Object;

struct BuiltinCall {
    const BuiltinFunction* function;
    Value* args;     // argc values, owned by the caller
    uint32_t argc;
    Value* result;   // Null on entry; the handler stores an owned value
    Object* self = nullptr; // $this of a built-in method (Exception::getMessage)
};

using BuiltinHandler = Outcome (*)(BuiltinCall& call);

struct BuiltinFunction {
    static constexpr uint16_t kVariadic = 0xffff;

    std::string_view name;       // as php spells it ("strlen")
    BuiltinHandler handler;
    uint16_t min_args;
    uint16_t max_args;           // kVariadic for no limit
    // Parameter names for messages ("string" for strlen's $string), comma separated.
    std::string_view param_names;
    // Bit i: parameter i is taken by reference (sort's $array, array_push's $array).
    // The handler finds a Reference in that argument and writes through it.
    uint32_t by_ref_mask = 0;

    bool takes_by_reference(uint32_t index) const { return index < 32 && (by_ref_mask >> index & 1) != 0; }
};

// Looks a builtin up by name, case-insensitively; nullptr if there is none.
const BuiltinFunction* find_builtin(std::string_view name);

// Checks the argument count as php does, then runs the handler.
Outcome call_builtin(BuiltinCall& call);

// Builtin constants (PHP_EOL, PHP_INT_MAX, M_PI, E_ALL, ...): true and sets `out`
// (an interned or scalar value) if `name` is one. Case-sensitive, as in php 8.
bool find_builtin_constant(std::string_view name, Value& out);

} // namespace miniphp::runtime

// Callable values (zend_is_callable_ex and ZEND_INIT_DYNAMIC_CALL): what a Closure, a
// function name, "Class::method", [object or class, method] or an object with
// __invoke calls, seen from some code (its scope and $this decide what is visible
// and what self, parent and static mean).
#pragma once

#include <string>

#include "runtime/engine.h"
#include "runtime/value.h"
#include "vm/exec_state.h"
#include "vm/frame.h"

namespace miniphp::runtime {
struct BuiltinFunction;
struct Method;
}

namespace miniphp::vm {

enum class CallableFailure : uint8_t {
    None,
    NotCallable,        // not a string, array, Closure or invokable object
    FunctionNotFound,   // function_name
    ArraySize,          // an array without exactly two elements
    FirstMember,        // [0] neither a class name nor an object
    SecondMember,       // [1] not a string
    ClassNotFound,      // class_name
    MethodNotFound,     // class_name::method_name
    NonStatic,          // a non-static method named through its class, with no $this
    NotVisible,         // a private or protected method seen from outside
    NotInvokable,       // an object without __invoke (class_name)
    ScopeError,         // self/parent/static where they mean nothing (an Error is pending)
};

struct CallTarget {
    const Function* user = nullptr;
    const runtime::BuiltinFunction* builtin = nullptr;
    runtime::Object* self = nullptr;          // borrowed
    const runtime::Class* called_scope = nullptr;
    runtime::Object* closure = nullptr;       // borrowed
    const runtime::Method* method = nullptr;  // the method, for a method
    CallableFailure failure = CallableFailure::None;
    std::string function_name;                // as written, for messages
    std::string class_name;
    std::string method_name;
};

// Resolves `callable` (dereferenced) as code running in `fp` sees it; false with
// `out.failure` set when it calls nothing.
bool resolve_call_target(ExecState& state, Frame* fp, const runtime::Value& callable, CallTarget& out);

// The reason zend_is_callable gives for a failure ("function \"f\" not found or
// invalid function name"), after "must be a valid callback, ".
std::string callable_error(const CallTarget& target);

// The Error a dynamic call `$f()` throws for a failure.
runtime::Outcome throw_not_callable(const CallTarget& target, const runtime::Class* scope);

} // namespace miniphp::vm

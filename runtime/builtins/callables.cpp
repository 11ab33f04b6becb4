// Callables as values (Zend/zend_API.c zend_is_callable, ext/standard/basic_functions.c
// call_user_func*): is_callable, and call_user_func / call_user_func_array when they
// are called by a name the compiler did not see (the compiler turns direct calls into
// a call of the callback itself, with no frame of their own, as php does).
#include <vector>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/string.h"

namespace miniphp::runtime::builtins {

namespace {

// is_callable's syntax check: a string, [class or object, method name], or an object.
bool callable_syntax(const Value& v)
{
    if (v.is_string() || v.is_object())
        return true;
    if (!v.is_array() || v.as_array()->size() != 2)
        return false;
    const Value* first = v.as_array()->find(int64_t{0});
    const Value* second = v.as_array()->find(int64_t{1});
    return first != nullptr && second != nullptr && (deref(*first).is_string() || deref(*first).is_object()) &&
           deref(*second).is_string();
}

// is_callable(mixed $value, bool $syntax_only = false, &$callable_name = null): bool
Outcome is_callable_handler(BuiltinCall& call)
{
    ArgReader args(call);
    bool syntax_only = false;
    if (args.has(1) && failed(args.get_bool(1, syntax_only)))
        return Outcome::Threw;
    const Value& value = deref(call.args[0]);
    bool callable;
    if (syntax_only) {
        callable = callable_syntax(value);
    } else {
        Callable target;
        std::string error;
        callable = engine().hooks() != nullptr && engine().hooks()->resolve_callable(value, target, error);
    }
    *call.result = Value::boolean(callable);
    return Outcome::Ok;
}

// call_user_func(callable $callback, mixed ...$args): mixed
Outcome call_user_func_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Callable callable;
    if (failed(args.get_callable(0, callable)))
        return Outcome::Threw;
    return ArgReader::call(callable, call.args + 1, call.argc - 1, *call.result);
}

// call_user_func_array(callable $callback, array $args): mixed (positional only here)
Outcome call_user_func_array_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Callable callable;
    Array* list = nullptr;
    if (failed(args.get_callable(0, callable)) || failed(args.get_array(1, list)))
        return Outcome::Threw;
    std::vector<Value> values;
    for (uint32_t pos = list->next_position(0); pos < list->used(); pos = list->next_position(pos + 1)) {
        if (list->key_at(pos).is_string())
            return throw_error(msg::kind::Error, "Named arguments are not supported by miniphp's call_user_func_array() "
                                                 "called by a computed name");
        values.push_back(list->value_at(pos));
    }
    return ArgReader::call(callable, values.data(), static_cast<uint32_t>(values.size()), *call.result);
}

// register_shutdown_function(callable $callback, mixed ...$args): void
Outcome register_shutdown_function_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Callable callable;
    if (failed(args.get_callable(0, callable)))
        return Outcome::Threw;
    std::vector<Value> saved(call.argc);
    for (uint32_t i = 0; i < call.argc; ++i)
        copy_value(saved[i], deref(call.args[i]));
    engine().add_shutdown_function(std::move(saved));
    return Outcome::Ok;
}

// set_exception_handler(?callable $callback): the previous handler (or null).
Outcome set_exception_handler_handler(BuiltinCall& call)
{
    ArgReader args(call);
    const Value& given = deref(call.args[0]);
    if (!given.is_null()) {
        Callable callable;
        if (failed(args.get_callable(0, callable))) {
            // php names the nullable type here.
            return Outcome::Threw;
        }
    }
    Value& handler = user_exception_handler();
    *call.result = handler;
    copy_value(handler, given);
    return Outcome::Ok;
}

// restore_exception_handler(): true (the previous handler is not kept, as in php 8
// with no stack of handlers here: the handler is simply removed).
Outcome restore_exception_handler_handler(BuiltinCall& call)
{
    Value& handler = user_exception_handler();
    release(handler);
    handler = Value::null();
    *call.result = Value::boolean(true);
    return Outcome::Ok;
}

// trigger_error(string $message, int $error_level = E_USER_NOTICE): true
Outcome trigger_error_handler(BuiltinCall& call)
{
    constexpr int64_t kUserError = 256, kUserWarning = 512, kUserNotice = 1024, kUserDeprecated = 16384;
    ArgReader args(call);
    StringArg message;
    int64_t level = kUserNotice;
    if (failed(args.get_string(0, message)) || (args.has(1) && failed(args.get_long(1, level))))
        return Outcome::Threw;
    const char* label = nullptr;
    switch (level) {
    case kUserError: fatal_error(std::string(message.view()));
    case kUserWarning: label = "Warning"; break;
    case kUserNotice: label = "Notice"; break;
    case kUserDeprecated: label = "Deprecated"; break;
    default:
        return args.argument_error(msg::kind::ValueError, 1,
                                   "must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED");
    }
    if ((engine().error_reporting() & level) != 0) {
        SourceLocation where = engine().location();
        report_error(label, message.view(), where.file, where.line);
    }
    *call.result = Value::boolean(true);
    return Outcome::Ok;
}

constexpr BuiltinFunction kCallableFunctions[] = {
    {"set_exception_handler", set_exception_handler_handler, 1, 1, "callback"},
    {"restore_exception_handler", restore_exception_handler_handler, 0, 0, ""},
    {"trigger_error", trigger_error_handler, 1, 2, "message,error_level"},
    {"user_error", trigger_error_handler, 1, 2, "message,error_level"},
    {"register_shutdown_function", register_shutdown_function_handler, 1, BuiltinFunction::kVariadic,
     "callback,...args"},
    {"is_callable", is_callable_handler, 1, 3, "value,syntax_only,callable_name", 1u << 2},
    {"call_user_func", call_user_func_handler, 1, BuiltinFunction::kVariadic, "callback,...args"},
    {"call_user_func_array", call_user_func_array_handler, 2, 2, "callback,args"},
};

} // namespace

std::span<const BuiltinFunction> callable_functions() { return kCallableFunctions; }

} // namespace miniphp::runtime::builtins

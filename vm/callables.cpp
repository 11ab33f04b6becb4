#include "vm/callables.h"

#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/closure.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/string.h"
#include "vm/handlers/objects.h"
#include "vm/magic_calls.h"

namespace miniphp::vm {

namespace {

using runtime::Class;
using runtime::Object;
using runtime::Value;

bool fail(CallTarget& out, CallableFailure failure)
{
    out.failure = failure;
    return false;
}

// The method `name` of `cls` as the code of `fp` may call it: on `self` (an
// object), or through the class (static, or non-static with a compatible $this).
bool resolve_method(Frame* fp, const Class* cls, Object* self, std::string_view name, CallTarget& out)
{
    out.class_name = cls->name();
    out.method_name = std::string(name);
    const runtime::Method* method = cls->find_method(runtime::ascii_lower(name));
    if (method == nullptr && self != nullptr && cls->magic_call() != nullptr) {
        out.builtin = call_trampoline(cls, name);
        out.self = self;
        out.called_scope = cls;
        return true;
    }
    if (method == nullptr)
        return fail(out, CallableFailure::MethodNotFound);
    out.method_name = method->name;
    if (self == nullptr && !(method->flags & runtime::AccStatic)) {
        Object* this_object = fp != nullptr ? fp->this_object : nullptr;
        if (this_object == nullptr || !this_object->class_entry->is_subclass_of_or_same(cls)) {
            out.method = method;
            return fail(out, CallableFailure::NonStatic);
        }
        self = this_object;
    }
    out.method = method;
    if (!method_visible(*method, fp != nullptr ? scope_of(fp) : nullptr))
        return fail(out, CallableFailure::NotVisible);
    out.user = method->user;
    out.builtin = method->builtin;
    if (method->flags & runtime::AccStatic) {
        out.self = nullptr;
        out.called_scope = self != nullptr ? self->class_entry : cls;
    } else {
        out.self = self;
        out.called_scope = self->class_entry;
    }
    return true;
}

bool resolve_class_method(ExecState& state, Frame* fp, std::string_view class_name, std::string_view method,
                          CallTarget& out)
{
    bool threw = false;
    const Class* cls = resolve_class(state, fp, class_name, threw);
    if (threw)
        return fail(out, CallableFailure::ScopeError);
    if (cls == nullptr) {
        out.class_name = std::string(class_name);
        return fail(out, CallableFailure::ClassNotFound);
    }
    return resolve_method(fp, cls, nullptr, method, out);
}

bool resolve_string(ExecState& state, Frame* fp, std::string_view name, CallTarget& out)
{
    out.function_name = std::string(name);
    if (size_t colons = name.find("::"); colons != std::string_view::npos)
        return resolve_class_method(state, fp, name.substr(0, colons), name.substr(colons + 2), out);
    if (!name.empty() && name[0] == '\\')
        name.remove_prefix(1);
    std::string lower = runtime::ascii_lower(name);
    if ((out.user = state.functions.find(lower)) != nullptr)
        return true;
    if ((out.builtin = runtime::find_builtin(lower)) != nullptr)
        return true;
    return fail(out, CallableFailure::FunctionNotFound);
}

bool resolve_array(ExecState& state, Frame* fp, runtime::Array* array, CallTarget& out)
{
    if (array->size() != 2)
        return fail(out, CallableFailure::ArraySize);
    const Value* first = array->find(int64_t{0});
    const Value* second = array->find(int64_t{1});
    if (first == nullptr || second == nullptr)
        return fail(out, CallableFailure::ArraySize);
    const Value& target = runtime::deref(*first);
    const Value& method = runtime::deref(*second);
    if (!target.is_string() && !target.is_object())
        return fail(out, CallableFailure::FirstMember);
    if (!method.is_string())
        return fail(out, CallableFailure::SecondMember);
    if (target.is_object())
        return resolve_method(fp, target.as_object()->class_entry, target.as_object(), method.as_string()->view(), out);
    return resolve_class_method(state, fp, target.as_string()->view(), method.as_string()->view(), out);
}

} // namespace

bool resolve_call_target(ExecState& state, Frame* fp, const Value& given, CallTarget& out)
{
    const Value& callable = runtime::deref(given);
    if (callable.is_string())
        return resolve_string(state, fp, callable.as_string()->view(), out);
    if (callable.is_array())
        return resolve_array(state, fp, callable.as_array(), out);
    if (!callable.is_object()) {
        out.class_name = runtime::zend_type_name(callable);
        return fail(out, CallableFailure::NotCallable);
    }
    Object* object = callable.as_object();
    if (const runtime::ClosureData* data = runtime::closure_data(object)) {
        out.user = data->function;
        out.builtin = data->builtin;
        out.self = data->this_object;
        out.called_scope = data->called_scope;
        // A fake closure runs its function or method as a call of it would.
        if (data->function != nullptr && data->function->is_closure)
            out.closure = object;
        return true;
    }
    out.class_name = object->class_entry->name();
    const runtime::Method* invoke = object->class_entry->find_method("__invoke");
    if (invoke == nullptr)
        return fail(out, CallableFailure::NotInvokable);
    return resolve_method(fp, object->class_entry, object, "__invoke", out);
}

std::string callable_error(const CallTarget& target)
{
    const char* cls = target.class_name.c_str();
    const char* method = target.method_name.c_str();
    switch (target.failure) {
    case CallableFailure::FunctionNotFound:
        return runtime::format("function \"%s\" not found or invalid function name", target.function_name.c_str());
    case CallableFailure::ArraySize: return "array callback must have exactly two members";
    case CallableFailure::FirstMember: return "first array member is not a valid class name or object";
    case CallableFailure::SecondMember: return "second array member is not a valid method";
    case CallableFailure::ClassNotFound: return runtime::format("class \"%s\" not found", cls);
    case CallableFailure::MethodNotFound: return runtime::format("class %s does not have a method \"%s\"", cls, method);
    case CallableFailure::NonStatic:
        return runtime::format("non-static method %s::%s() cannot be called statically", cls, method);
    case CallableFailure::NotVisible:
        return runtime::format("cannot access %s method %s::%s()",
                               target.method->flags & runtime::AccPrivate ? "private" : "protected", cls, method);
    default: return "no array or string given";
    }
}

runtime::Outcome throw_not_callable(const CallTarget& target, const Class* scope)
{
    using runtime::msg::kind::Error;
    const char* cls = target.class_name.c_str();
    const char* method = target.method_name.c_str();
    switch (target.failure) {
    case CallableFailure::FunctionNotFound:
        return runtime::throw_error(Error, runtime::format(runtime::msg::CallToUndefinedFunction,
                                                           target.function_name.c_str()));
    case CallableFailure::ArraySize: return runtime::throw_error(Error, "Array callback must have exactly two elements");
    case CallableFailure::FirstMember:
        return runtime::throw_error(Error, "First array member is not a valid class name or object");
    case CallableFailure::SecondMember: return runtime::throw_error(Error, "Second array member is not a valid method");
    case CallableFailure::ClassNotFound:
        return runtime::throw_error(Error, runtime::format(runtime::msg::ClassNotFound, cls));
    case CallableFailure::MethodNotFound:
        return runtime::throw_error(Error, runtime::format(runtime::msg::CallToUndefinedMethod, cls, method));
    case CallableFailure::NonStatic:
        if (!method_visible(*target.method, scope))
            break;
        return runtime::throw_error(Error,
                                    runtime::format(runtime::msg::NonStaticMethodCalledStatically, cls, method));
    case CallableFailure::NotInvokable:
        return runtime::throw_error(Error, runtime::format("Object of type %s is not callable", cls));
    case CallableFailure::ScopeError: return runtime::Outcome::Threw;
    default: break;
    }
    if (target.method != nullptr)
        return throw_method_visibility(target.method->scope, *target.method, scope);
    return runtime::throw_error(Error, runtime::format("Value of type %s is not callable", cls));
}

} // namespace miniphp::vm

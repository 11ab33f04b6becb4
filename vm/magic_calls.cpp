#include "vm/magic_calls.h"

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>

#include "runtime/array.h"
#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/string.h"
#include "vm/vm.h"

namespace miniphp::vm {

namespace {

using runtime::Value;

// Runs in the trampoline's frame: calls __call($name, [args...]) on $this, or
// __callStatic on the called class, as if the caller had called it.
runtime::Outcome run_trampoline(runtime::BuiltinCall& call)
{
    ExecState& state = Vm::running()->state();
    Frame* trampoline = state.frame;
    std::string_view qualified = call.function->name;
    std::string_view name = qualified.substr(qualified.find("::") + 2);
    const runtime::Class* cls = call.self != nullptr ? call.self->class_entry : trampoline->called_scope;
    const runtime::Method* method = cls->find_method(call.self != nullptr ? "__call" : "__callstatic");
    runtime::Array* list = call.argc == 0 ? runtime::Array::empty() : runtime::Array::create_packed(call.argc);
    for (uint32_t i = 0; i < call.argc; ++i)
        runtime::copy_value(*list->append(), runtime::deref(call.args[i]));
    Value args[2] = {Value::string(runtime::String::create(name)), Value::array(list)};
    runtime::Callable callable;
    callable.user = method->user;
    callable.builtin = method->builtin;
    callable.self = call.self;
    callable.called_scope = trampoline->called_scope;
    state.frame = trampoline->caller;
    runtime::Outcome outcome = runtime::engine().hooks()->call(callable, args, 2, *call.result);
    state.frame = trampoline;
    runtime::release(args[0]);
    runtime::release(args[1]);
    return outcome;
}

} // namespace

const runtime::BuiltinFunction* call_trampoline(const runtime::Class* cls, std::string_view method)
{
    static std::unordered_map<std::string, std::unique_ptr<runtime::BuiltinFunction>> trampolines;
    static std::deque<std::string> names;
    std::string key = cls->name() + "::" + std::string(method);
    auto it = trampolines.find(key);
    if (it != trampolines.end())
        return it->second.get();
    names.push_back(key);
    auto function = std::make_unique<runtime::BuiltinFunction>(runtime::BuiltinFunction{
        names.back(), run_trampoline, 0, runtime::BuiltinFunction::kVariadic, ""});
    const runtime::BuiltinFunction* result = function.get();
    trampolines.emplace(std::move(key), std::move(function));
    return result;
}

} // namespace miniphp::vm

// The methods of the Closure class (Closure::bind, bindTo, call, fromCallable,
// __invoke) and what var_dump shows of a closure's code, as zend_closures.c has
// them. They need the VM (classes by name, the calling code, calls), so the VM adds
// them to the runtime's Closure class before a script runs.
#include "vm/closure_methods.h"

#include <deque>
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/closure.h"
#include "runtime/exceptions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/string.h"
#include "vm/callables.h"
#include "vm/handlers/objects.h"
#include "vm/vm.h"

namespace miniphp::vm {

namespace {

using runtime::BuiltinCall;
using runtime::Class;
using runtime::ClosureData;
using runtime::Object;
using runtime::Outcome;
using runtime::Value;
using runtime::builtins::ArgReader;

ExecState& state() { return Vm::running()->state(); }

// The PHP code that called the running builtin.
Frame* calling_frame()
{
    Frame* frame = state().frame;
    while (frame != nullptr && frame->function == nullptr)
        frame = frame->caller;
    return frame;
}

const Class* code_scope(const ClosureData& data)
{
    if (data.function != nullptr && !data.function->is_closure)
        return data.function->scope;
    return data.scope;
}

// The closure's own code names $this (php's ZEND_ACC_USES_THIS): $this itself,
// isset($this), or a property or method of it (an object instruction whose op1 is
// unused). A closure declared inside does not count.
bool uses_this(const Function& function)
{
    for (const Instruction& instruction : function.code) {
        switch (instruction.opcode) {
        case Opcode::FetchThis:
        case Opcode::IssetThis:
            return true;
        case Opcode::FetchObjRead:
        case Opcode::FetchObjIsset:
        case Opcode::FetchObjWrite:
        case Opcode::FetchObjFuncArg:
        case Opcode::AssignObj:
        case Opcode::AssignObjOp:
        case Opcode::IncDecObj:
        case Opcode::UnsetObj:
        case Opcode::IssetObj:
        case Opcode::InitMethodCall:
        case Opcode::InitDynamicMethodCall:
            if (instruction.op1_kind == OperandKind::Unused)
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

// zend_valid_closure_binding: false after php's warning.
bool valid_binding(const ClosureData& data, Object* new_this, const Class* scope)
{
    const Class* function_scope = code_scope(data);
    if (new_this != nullptr) {
        if (data.is_static) {
            runtime::warning("Cannot bind an instance to a static closure");
            return false;
        }
        if (data.fake && function_scope != nullptr && !new_this->class_entry->is_subclass_of_or_same(function_scope)) {
            runtime::warning(runtime::format("Cannot bind method %s::%s() to object of class %s",
                                             function_scope->name().c_str(), data.function->name.c_str(),
                                             new_this->class_entry->name().c_str()));
            return false;
        }
    } else if (data.fake && function_scope != nullptr && data.this_object != nullptr) {
        runtime::warning("Cannot unbind $this of method");
        return false;
    } else if (!data.fake && data.this_object != nullptr && data.function != nullptr && uses_this(*data.function)) {
        runtime::warning("Cannot unbind $this of closure using $this");
        return false;
    }
    bool internal_scope = scope != nullptr && (runtime::find_builtin_class(scope->lower_name()) != nullptr ||
                                               scope->lower_name() == "stdclass" || scope->lower_name() == "closure");
    if (internal_scope && scope != function_scope) {
        runtime::warning(runtime::format("Cannot bind closure to scope of internal class %s", scope->name().c_str()));
        return false;
    }
    if (data.fake && scope != function_scope) {
        runtime::warning(function_scope == nullptr ? "Cannot rebind scope of closure created from function"
                                                   : "Cannot rebind scope of closure created from method");
        return false;
    }
    return true;
}

// A new closure over the same code with another $this and scope (zend_create_closure):
// its static variables are a copy.
Object* rebound(const ClosureData& from, Object* new_this, const Class* scope)
{
    ClosureData data = from;
    data.this_object = new_this;
    if (new_this != nullptr)
        ++new_this->header.refcount;
    data.scope = scope;
    data.called_scope = new_this != nullptr ? new_this->class_entry : scope;
    if (from.static_values != nullptr)
        data.static_values = from.static_values->duplicate();
    return runtime::make_closure(data);
}

// bind and bindTo: ($newThis, $newScope = "static").
Outcome bind(BuiltinCall& call, Object* closure, uint32_t first)
{
    ArgReader args(call);
    const ClosureData& data = *runtime::closure_data(closure);
    const Value& this_arg = runtime::deref(call.args[first]);
    if (!this_arg.is_null() && !this_arg.is_object())
        return args.type_error(first, "?object");
    Object* new_this = this_arg.is_object() ? this_arg.as_object() : nullptr;
    const Class* scope = data.scope;
    if (args.has(first + 1)) {
        const Value& scope_arg = runtime::deref(call.args[first + 1]);
        if (scope_arg.is_object()) {
            scope = scope_arg.as_object()->class_entry;
        } else if (scope_arg.is_null()) {
            scope = nullptr;
        } else {
            runtime::builtins::StringArg name;
            if (args.get_string(first + 1, name) == Outcome::Threw)
                return Outcome::Threw;
            if (name.view() != "static") {
                scope = state().classes.find_by_name(name.view());
                if (scope == nullptr) {
                    runtime::warning(runtime::format(runtime::msg::ClassNotFound, std::string(name.view()).c_str()));
                    return Outcome::Ok;
                }
            }
        }
    }
    if (!valid_binding(data, new_this, scope))
        return Outcome::Ok;
    call.result->copy_from(Value::object(rebound(data, new_this, scope)));
    return Outcome::Ok;
}

Outcome closure_bind(BuiltinCall& call)
{
    const Value& closure = runtime::deref(call.args[0]);
    if (!closure.is_object() || runtime::closure_data(closure.as_object()) == nullptr)
        return ArgReader(call).type_error(0, "Closure");
    return bind(call, closure.as_object(), 1);
}

Outcome closure_bind_to(BuiltinCall& call) { return bind(call, call.self, 0); }

// Calls the closure `closure` (with `data`) on `argc` arguments from `args`.
Outcome invoke(const ClosureData& data, Object* closure, const Value* args, uint32_t argc, Value& result)
{
    runtime::Callable callable;
    callable.user = data.function;
    callable.builtin = data.builtin;
    callable.self = data.this_object;
    callable.called_scope = data.called_scope;
    if (data.function != nullptr && data.function->is_closure)
        callable.closure = closure;
    return runtime::engine().hooks()->call(callable, args, argc, result);
}

// $closure->call($newThis, ...$args): runs it once bound to $newThis, in its class.
Outcome closure_call(BuiltinCall& call)
{
    ArgReader args(call);
    const Value& this_arg = runtime::deref(call.args[0]);
    if (!this_arg.is_object())
        return args.type_error(0, "object");
    Object* new_this = this_arg.as_object();
    const ClosureData& data = *runtime::closure_data(call.self);
    if (!valid_binding(data, new_this, new_this->class_entry))
        return Outcome::Ok;
    ClosureData bound = data;
    bound.this_object = new_this;
    ++new_this->header.refcount;
    bound.scope = new_this->class_entry;
    bound.called_scope = new_this->class_entry;
    if (bound.static_values != nullptr)
        ++bound.static_values->header.refcount; // the same static variables
    Object* temporary = runtime::make_closure(bound);
    Outcome outcome = invoke(bound, temporary, call.args + 1, call.argc - 1, *call.result);
    runtime::release(Value::object(temporary));
    return outcome;
}

Outcome closure_invoke(BuiltinCall& call)
{
    return invoke(*runtime::closure_data(call.self), call.self, call.args, call.argc, *call.result);
}

Outcome closure_from_callable(BuiltinCall& call)
{
    CallTarget target;
    if (!resolve_call_target(state(), calling_frame(), call.args[0], target)) {
        if (target.failure == CallableFailure::ScopeError)
            return Outcome::Threw;
        return ArgReader(call).argument_error(runtime::msg::kind::TypeError, 0,
                                             "must be a valid callback, " + callable_error(target));
    }
    call.result->copy_from(Value::object(closure_from_target(target)));
    return Outcome::Ok;
}

struct MethodTable {
    std::deque<runtime::BuiltinFunction> functions;

    void add(Class* cls, const char* name, runtime::BuiltinHandler handler, uint16_t min, uint16_t max,
             const char* params, uint32_t flags)
    {
        functions.push_back(runtime::BuiltinFunction{name, handler, min, max, params});
        runtime::Method method;
        std::string_view qualified = name;
        method.name = std::string(qualified.substr(qualified.find("::") + 2));
        method.flags = flags;
        method.scope = cls;
        method.builtin = &functions.back();
        std::string lower = runtime::ascii_lower(method.name);
        cls->add_method(std::move(lower), std::move(method));
    }
};

// The "function" and "parameter" entries of var_dump's view of a closure.
void describe(const ClosureData& data, std::string& function_name, runtime::Array* parameters)
{
    auto add = [parameters](const std::string& key, bool required) {
        runtime::String* name = runtime::String::create(key);
        parameters->lookup_or_insert(name)->copy_from(
            Value::string(runtime::String::create(required ? "<required>" : "<optional>")));
        runtime::release(Value::string(name));
    };
    if (const Function* function = data.function) {
        function_name = function->scope != nullptr ? function->scope->name() + "::" + function->name : function->name;
        for (uint32_t i = 0; i < function->num_params; ++i) {
            bool by_reference = i < function->param_by_ref.size() && function->param_by_ref[i];
            add((by_reference ? "&$" : "$") + function->cv_names[i], i < function->num_required_params);
        }
        return;
    }
    if (const runtime::BuiltinFunction* builtin = data.builtin) {
        function_name = std::string(builtin->name);
        std::string_view names = builtin->param_names;
        for (uint32_t i = 0; !names.empty(); ++i) {
            size_t comma = names.find(',');
            std::string_view name = names.substr(0, comma);
            add((builtin->takes_by_reference(i) ? "&$" : "$") + std::string(name), i < builtin->min_args);
            names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
        }
    }
}

} // namespace

Object* closure_from_target(const CallTarget& target)
{
    if (target.closure != nullptr) {
        ++target.closure->header.refcount;
        return target.closure;
    }
    ClosureData data;
    data.function = target.user;
    data.builtin = target.builtin;
    data.fake = true;
    data.this_object = target.self;
    if (target.self != nullptr)
        ++target.self->header.refcount;
    data.scope = target.method != nullptr ? target.method->scope : nullptr;
    data.called_scope = target.called_scope;
    data.is_static = target.method != nullptr && (target.method->flags & runtime::AccStatic);
    return runtime::make_closure(data);
}

void install_closure_methods()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    static MethodTable table;
    Class* cls = runtime::closure_class();
    constexpr uint32_t kStatic = runtime::AccPublic | runtime::AccStatic;
    table.add(cls, "Closure::bind", closure_bind, 2, 3, "closure,newThis,newScope", kStatic);
    table.add(cls, "Closure::bindTo", closure_bind_to, 1, 2, "newThis,newScope", runtime::AccPublic);
    table.add(cls, "Closure::call", closure_call, 1, runtime::BuiltinFunction::kVariadic, "newThis,args",
              runtime::AccPublic);
    table.add(cls, "Closure::fromCallable", closure_from_callable, 1, 1, "callback", kStatic);
    table.add(cls, "Closure::__invoke", closure_invoke, 0, runtime::BuiltinFunction::kVariadic, "",
              runtime::AccPublic);
    cls->finish_linking();
    runtime::set_closure_describer(describe);
}

} // namespace miniphp::vm

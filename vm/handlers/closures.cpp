// General paths of the closure and dynamic call handlers.
#include "vm/handlers/closures.h"

#include <vector>

#include "runtime/array.h"
#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/closure.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/string.h"
#include "vm/callables.h"

namespace miniphp::vm {

using runtime::Value;

// ZEND_DECLARE_LAMBDA_FUNCTION: the closure takes the running code's $this (unless
// it is static), its scope and its static:: class, and a copy of its function's
// static variables (the captured ones first, still null).
Outcome declare_closure(ExecState& st, const Instruction* pc, Frame* fp)
{
    const Function& function = *st.script->functions[pc->op1];
    runtime::ClosureData data;
    data.function = &function;
    data.scope = scope_of(fp);
    data.is_static = pc->extended == 1;
    if (pc->extended != 1 && fp->this_object != nullptr) {
        data.this_object = fp->this_object;
        ++data.this_object->header.refcount;
        data.called_scope = fp->this_object->class_entry;
    } else {
        data.called_scope = fp->called_scope != nullptr ? fp->called_scope : data.scope;
    }
    if (function.static_variables != nullptr)
        data.static_values = function.static_variables->duplicate();
    result_slot(pc, fp).copy_from(Value::object(runtime::make_closure(data)));
    return Outcome::Ok;
}

// The entry of captured variable `name` in a closure's static variables, found by
// its position there when the loader knew it (BindLexical's `result`: position + 1),
// else null (then looked up by name).
Value* captured_entry(runtime::Array* statics, uint32_t position, const std::string& name)
{
    if (position == 0 || position - 1 >= statics->used())
        return nullptr;
    runtime::ArrayKey key = statics->key_at(position - 1);
    Value& entry = statics->value_at(position - 1);
    if (!key.is_string() || entry.is_undef() || key.string->view() != name)
        return nullptr;
    return &entry;
}

// ZEND_BIND_LEXICAL: `use ($x)` copies the variable's value into the closure, `use
// (&$x)` makes the variable a reference both share; an arrow function skips a
// variable that is not defined (its body then warns when it reads it).
Outcome bind_lexical(const Instruction* pc, Frame* fp)
{
    runtime::ClosureData* data = runtime::closure_data(slot_at(fp, pc->op1).as_object());
    const std::string& cv_name = fp->function->cv_names[slot_index(pc->op2)];
    Value* entry = captured_entry(data->static_values, pc->result, cv_name);
    auto name = [&] { return runtime::InternTable::instance().intern(cv_name); };
    Value& variable = slot_at(fp, pc->op2);
    Value captured;
    if (pc->extended & 1) {
        runtime::Reference* ref = runtime::make_reference(variable);
        ++ref->header.refcount;
        captured = Value::reference(ref);
    } else if (variable.is_undef() || runtime::deref(variable).is_undef()) {
        if (pc->extended & 2) {
            data->static_values->remove(name());
            return Outcome::Ok;
        }
        runtime::warning(runtime::format(runtime::msg::UndefinedVariable, name()->bytes));
        captured = Value::null();
    } else {
        runtime::copy_value(captured, runtime::deref(variable));
    }
    if (entry == nullptr)
        entry = data->static_values->lookup_or_insert(name());
    Value old = *entry;
    entry->copy_from(captured);
    runtime::release(old);
    return Outcome::Ok;
}

namespace {

// Resolves the callable `callee` for a call started at `pc`: false with the error
// thrown (call_user_func's TypeError when `user_call`).
bool resolve_for_call(ExecState& st, Frame* fp, const Value& callee, const char* user_call, CallTarget& target)
{
    if (resolve_call_target(st, fp, callee, target))
        return true;
    if (user_call != nullptr && target.failure != CallableFailure::ScopeError)
        (void)runtime::throw_error(runtime::msg::kind::TypeError,
                                   runtime::format("%s(): Argument #1 ($callback) must be a valid callback, %s", user_call,
                                                   callable_error(target).c_str()));
    else
        (void)throw_not_callable(target, scope_of(fp));
    return false;
}

// Pushes the frame of a call to `target` with `argc` arguments.
Frame* push_target_call(ExecState& st, Frame* fp, const CallTarget& target, uint32_t argc)
{
    runtime::Method method;
    method.user = target.user;
    method.builtin = target.builtin;
    Frame* call = push_method_call(st, fp, method, argc);
    call->called_scope = target.called_scope;
    if (target.closure != nullptr) {
        ++target.closure->header.refcount;
        call->closure = target.closure;
        call->this_object = target.self;
    } else if (target.self != nullptr) {
        ++target.self->header.refcount;
        call->this_object = target.self;
    }
    return call;
}

// The arguments call_user_func_array passes: the list's values in order, a string
// key naming a parameter of a user function. False with the Error thrown.
bool arguments_from_array(const CallTarget& target, runtime::Array* list, std::vector<Value>& out)
{
    bool named = false;
    for (uint32_t pos = list->next_position(0); pos < list->used(); pos = list->next_position(pos + 1)) {
        runtime::ArrayKey key = list->key_at(pos);
        const Value& value = list->value_at(pos);
        if (!key.is_string()) {
            if (named) {
                (void)runtime::throw_error(runtime::msg::kind::Error,
                                           "Cannot use positional argument after named argument during unpacking");
                return false;
            }
            out.push_back(value);
            continue;
        }
        named = true;
        std::string_view name = key.string->view();
        uint32_t index = UINT32_MAX;
        if (target.user != nullptr) {
            for (uint32_t i = 0; i < target.user->num_params; ++i)
                if (target.user->cv_names[i] == name)
                    index = i;
        }
        if (index == UINT32_MAX) {
            (void)runtime::throw_error(runtime::msg::kind::Error,
                                       runtime::format("Unknown named parameter $%s", std::string(name).c_str()));
            return false;
        }
        if (index < out.size() && !out[index].is_undef()) {
            (void)runtime::throw_error(
                runtime::msg::kind::Error,
                runtime::format("Named parameter $%s overwrites previous argument", std::string(name).c_str()));
            return false;
        }
        if (out.size() <= index)
            out.resize(index + 1);
        out[index] = value;
    }
    for (const Value& v : out) {
        if (v.is_undef()) {
            (void)runtime::throw_error(runtime::msg::kind::Error,
                                       "Named arguments that skip a parameter are not supported by miniphp yet");
            return false;
        }
    }
    return true;
}

} // namespace

// ZEND_INIT_USER_CALL with ZEND_SEND_ARRAY: call_user_func_array($f, $args).
Outcome init_user_call_array(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value callee = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    Value list = take<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
    CallTarget target;
    std::vector<Value> arguments;
    Outcome outcome = Outcome::Threw;
    if (!runtime::deref(list).is_array()) {
        (void)runtime::throw_error(runtime::msg::kind::TypeError,
                                   runtime::format("call_user_func_array(): Argument #2 ($args) must be of type array, %s given",
                                                   runtime::zend_type_name(runtime::deref(list))));
    } else if (resolve_for_call(st, fp, callee, "call_user_func_array", target) &&
               arguments_from_array(target, runtime::deref(list).as_array(), arguments)) {
        auto argc = static_cast<uint32_t>(arguments.size());
        Frame* call = push_target_call(st, fp, target, argc);
        for (uint32_t i = 0; i < argc; ++i) {
            bool by_reference = target.user != nullptr ? i < target.user->param_by_ref.size() && target.user->param_by_ref[i]
                                                       : target.builtin->takes_by_reference(i);
            const Value& v = arguments[i];
            runtime::copy_value(call->slots()[i], by_reference || !v.is_reference() ? v : v.as_reference()->value);
        }
        outcome = Outcome::Ok;
    }
    runtime::release_nogc(list);
    runtime::release_nogc(callee);
    return outcome;
}

// ZEND_INIT_DYNAMIC_CALL: `$f(...)` on whatever $f holds.
Outcome init_dynamic_call(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value callee = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    CallTarget target;
    if (!resolve_for_call(st, fp, callee, (pc->extended & kUserCall) ? "call_user_func" : nullptr, target)) {
        runtime::release_nogc(callee);
        return Outcome::Threw;
    }
    push_target_call(st, fp, target, pc->extended & ~kUserCall);
    runtime::release_nogc(callee);
    return Outcome::Ok;
}

// ZEND_FETCH_CLASS_NAME: self::class, parent::class, static::class, $obj::class.
Outcome fetch_class_name(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value operand = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    const Value& v = runtime::deref(operand);
    const runtime::Class* cls = nullptr;
    if (pc->op1_kind == OperandKind::Const) {
        bool threw = false;
        cls = resolve_class(st, fp, v.as_string()->view(), threw);
        if (threw)
            return Outcome::Threw;
    } else if (v.is_object()) {
        cls = v.as_object()->class_entry;
    } else {
        Outcome outcome = runtime::throw_error(
            runtime::msg::kind::TypeError,
            runtime::format("Cannot use \"::class\" on value of type %s", runtime::zend_type_name(v)));
        runtime::release_nogc(operand);
        return outcome;
    }
    runtime::release_nogc(operand);
    result_slot(pc, fp).copy_from(Value::string(cls->name_string()));
    return Outcome::Ok;
}

// ZEND_CALLABLE_CONVERT: `f(...)` is the call `f()` started, turned into a Closure.
Outcome callable_convert(ExecState& st, const Instruction* pc, Frame* fp)
{
    Frame* call = fp->pending_call;
    fp->pending_call = call->enclosing_pending;
    runtime::Object* closure;
    if (call->function != nullptr && call->function->is_closure) {
        closure = call->closure; // the frame's reference moves to the result
        call->closure = nullptr;
        call->this_object = nullptr;
    } else {
        // php's fake closure takes a reference of its own to $this and the dropped
        // call releases the frame's, which makes the object a possible root.
        runtime::ClosureData data;
        data.function = call->function;
        data.builtin = call->function == nullptr ? call->builtin : nullptr;
        data.fake = true;
        data.this_object = call->this_object;
        call->this_object = nullptr;
        if (data.this_object != nullptr) {
            ++data.this_object->header.refcount;
            runtime::release(Value::object(data.this_object));
        }
        data.scope = call->function != nullptr ? call->function->scope : nullptr;
        data.called_scope = call->called_scope;
        data.is_static = call->function != nullptr && (call->function->method_flags & runtime::AccStatic);
        closure = runtime::make_closure(data);
    }
    st.stack.pop(call);
    result_slot(pc, fp).copy_from(Value::object(closure));
    return Outcome::Ok;
}

} // namespace miniphp::vm

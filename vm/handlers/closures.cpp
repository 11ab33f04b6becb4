// General paths of the closure and dynamic call handlers.
#include "vm/handlers/closures.h"

#include "runtime/array.h"
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

// ZEND_BIND_LEXICAL: `use ($x)` copies the variable's value into the closure, `use
// (&$x)` makes the variable a reference both share; an arrow function skips a
// variable that is not defined (its body then warns when it reads it).
Outcome bind_lexical(const Instruction* pc, Frame* fp)
{
    runtime::ClosureData* data = runtime::closure_data(slot_at(fp, pc->op1).as_object());
    uint32_t slot = slot_index(pc->op2);
    runtime::String* name = runtime::InternTable::instance().intern(fp->function->cv_names[slot]);
    Value& variable = slot_at(fp, pc->op2);
    Value captured;
    if (pc->extended & 1) {
        runtime::Reference* ref = runtime::make_reference(variable);
        ++ref->header.refcount;
        captured = Value::reference(ref);
    } else if (variable.is_undef() || runtime::deref(variable).is_undef()) {
        if (pc->extended & 2) {
            data->static_values->remove(name);
            return Outcome::Ok;
        }
        runtime::warning(runtime::format(runtime::msg::UndefinedVariable, name->bytes));
        captured = Value::null();
    } else {
        runtime::copy_value(captured, runtime::deref(variable));
    }
    Value* entry = data->static_values->lookup_or_insert(name);
    Value old = *entry;
    entry->copy_from(captured);
    runtime::release(old);
    return Outcome::Ok;
}

// ZEND_INIT_DYNAMIC_CALL: `$f(...)` on whatever $f holds.
Outcome init_dynamic_call(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value callee = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    CallTarget target;
    if (!resolve_call_target(st, fp, callee, target)) {
        Outcome outcome = throw_not_callable(target, scope_of(fp));
        runtime::release(callee);
        return outcome;
    }
    runtime::Method method;
    method.user = target.user;
    method.builtin = target.builtin;
    Frame* call = push_method_call(st, fp, method, pc->extended);
    call->called_scope = target.called_scope;
    if (target.closure != nullptr) {
        ++target.closure->header.refcount;
        call->closure = target.closure;
        call->this_object = target.self;
    } else if (target.self != nullptr) {
        ++target.self->header.refcount;
        call->this_object = target.self;
    }
    runtime::release(callee);
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
        runtime::release(operand);
        return outcome;
    }
    runtime::release(operand);
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
        runtime::ClosureData data;
        data.function = call->function;
        data.builtin = call->function == nullptr ? call->builtin : nullptr;
        data.fake = true;
        data.this_object = call->this_object; // the frame's reference moves too
        call->this_object = nullptr;
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

// General paths of the exception handlers.
#include "vm/handlers/exceptions.h"

#include "runtime/class.h"
#include "runtime/exceptions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/typed_reference.h"

namespace miniphp::vm {

using runtime::Value;

// ZEND_THROW: only a Throwable object can be thrown.
Outcome throw_operand(const Instruction* pc, Frame* fp)
{
    Value value = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    const Value& thrown = runtime::deref(value);
    if (!thrown.is_object()) {
        runtime::release_nogc(value);
        return runtime::throw_error(runtime::msg::kind::Error, runtime::msg::CanOnlyThrowObjects);
    }
    runtime::Object* exception = thrown.as_object();
    if (!exception->class_entry->is_subclass_of_or_same(runtime::throwable_interface())) {
        runtime::release_nogc(value);
        return runtime::throw_error(runtime::msg::kind::Error, runtime::msg::CannotThrowNonThrowable);
    }
    ++exception->header.refcount;
    runtime::release_nogc(value);
    return runtime::engine().throw_exception(exception);
}

Outcome throw_match_error(const Instruction* pc, Frame* fp)
{
    Value subject = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    Outcome outcome = runtime::throw_unhandled_match(subject);
    runtime::release_nogc(subject);
    return outcome;
}

// ZEND_CATCH: a class that does not exist catches nothing (and is not loaded).
Outcome catch_exception(ExecState& st, const Instruction* pc, Frame* fp, bool& matched)
{
    runtime::Object* exception = runtime::engine().exception();
    const runtime::Class* cls = st.classes.find_by_name(literal_at(pc, pc->op1).as_string()->view());
    matched = cls != nullptr && exception->class_entry->is_subclass_of_or_same(cls);
    if (!matched)
        return Outcome::Ok;
    (void)runtime::engine().take_exception();
    Value caught = Value::object(exception);
    if (pc->result_kind == OperandKind::Unused) {
        runtime::release(caught);
    } else {
        // The variable gets the exception before its old value goes, which may run a
        // destructor that throws.
        // Strictly (ZEND_CATCH): a typed reference takes the exception as it is or not at all.
        (void)runtime::assign_to_slot(result_slot(pc, fp), caught, true); // a TypeError is pending: checked below
    }
    return runtime::engine().has_exception() ? Outcome::Threw : Outcome::Ok;
}

// ZEND_DISCARD_EXCEPTION: a return leaves the finally block; what the block was run
// for (an exception, or an earlier return's value) is dropped.
void discard_exception(const Instruction* pc, Frame* fp)
{
    Value& fast_call = slot_at(fp, pc->op1);
    if (fast_call.is_object()) {
        runtime::release_and_clear(fast_call);
        return;
    }
    if (fast_call.is_long()) {
        const Instruction& call = fp->function->executable.code()[fast_call.as_long()];
        fast_call.clear_type();
        if (call.op2_kind == OperandKind::Tmp)
            runtime::release_and_clear(slot_at(fp, call.op2));
    }
}

} // namespace miniphp::vm

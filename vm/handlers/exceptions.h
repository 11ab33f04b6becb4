// Handlers of throw, catch and finally (see compiler/exceptions.cpp for the layout
// and vm/unwinding.cpp for how a thrown exception finds where to land).
//
// A finally block's Tmp says how the block was entered: a FastCall leaves its own
// instruction number there (an int: go back after it), the unwinder an exception
// object (throw it on at the end).
#pragma once

#include "vm/handler_shapes.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm {

Outcome throw_operand(const Instruction* pc, Frame* fp);
// ZEND_MATCH_ERROR: no arm took the subject op1.
Outcome throw_match_error(const Instruction* pc, Frame* fp);
// Catch: true if the pending exception was taken into the catch block (`matched`
// false: not this class).
Outcome catch_exception(ExecState& st, const Instruction* pc, Frame* fp, bool& matched);
void discard_exception(const Instruction* pc, Frame* fp);

namespace handlers {

template <class S>
[[gnu::always_inline]] inline Step Throw(Regs& r)
{
    r.save_pc();
    (void)throw_operand(r.pc(), r.fp());
    return Step::Throw;
}

template <class S>
[[gnu::always_inline]] inline Step MatchError(Regs& r)
{
    r.save_pc();
    (void)throw_match_error(r.pc(), r.fp());
    return Step::Throw;
}

template <class S>
[[gnu::always_inline]] inline Step Catch(Regs& r)
{
    r.save_pc();
    const Instruction* pc = r.pc();
    bool matched = false;
    if (catch_exception(r.st, pc, r.fp(), matched) == Outcome::Threw) [[unlikely]]
        return Step::Throw;
    if (matched)
        return r.next();
    if (pc->extended == 1)
        return Step::Throw; // no catch left: on to the finally block or the caller
    r.set_pc(jump_target(pc, pc->op2));
    return Step::Next;
}

template <class S>
[[gnu::always_inline]] inline Step FastCall(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    result_slot(pc, fp).set_long(pc - fp->function->executable.code());
    r.set_pc(jump_target(pc, pc->op1));
    return Step::Next;
}

template <class S>
[[gnu::always_inline]] inline Step FastRet(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    runtime::Value& fast_call = slot_at(fp, pc->op1);
    if (fast_call.is_long()) {
        const Instruction* call = fp->function->executable.code() + fast_call.as_long();
        fast_call.clear_type();
        r.set_pc(call + 1);
        return Step::Next;
    }
    // Entered by an exception: it goes on from here.
    r.save_pc();
    runtime::Object* exception = fast_call.as_object();
    fast_call.clear_type();
    (void)runtime::engine().throw_exception(exception);
    return Step::Throw;
}

template <class S>
[[gnu::always_inline]] inline Step DiscardException(Regs& r)
{
    r.save_pc();
    discard_exception(r.pc(), r.fp());
    if (runtime::engine().has_exception()) [[unlikely]]
        return Step::Throw;
    return r.next();
}

} // namespace handlers
} // namespace miniphp::vm

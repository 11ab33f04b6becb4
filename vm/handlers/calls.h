// Handlers of calls and returns, written as arithmetic.h explains.
//
// The call protocol (Zend's INIT_FCALL / SEND / DO_UCALL / RETURN):
//   InitCall        pushes the callee's frame on the VM stack (its size is known
//                   once the call site is resolved) and links it as the caller's
//                   pending call. The first run resolves the name and rewrites the
//                   instruction into InitUserCall or InitBuiltinCall.
//   Send*           writes argument n straight into the callee's slot n.
//   DoCall          clears the CVs no argument filled, moves extra arguments
//                   behind the Tmps, and continues in the callee at its first
//                   receive that has work to do (receiving a passed argument is a
//                   no-op, so those Recv instructions are skipped). A builtin runs
//                   right there.
//   Return          stores the value in the caller's result slot, releases the
//                   CVs (the only slots that can still hold something), pops the
//                   frame and continues after the caller's DoCall.
// The frame's Tmps are never cleared: see the stack invariant in frame.h.
#pragma once

#include <algorithm>
#include <cassert>

#include "runtime/object.h"
#include "vm/handler_shapes.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"
#include "vm/unwinding.h"

namespace miniphp::vm::handlers {

using runtime::Value;

template <class S>
[[gnu::always_inline]] inline Step DeclareFunction(Regs& r)
{
    r.save_pc();
    declare_function(r.st, r.pc());
    return r.next();
}

// The first run of a call site; the instruction is rewritten and run again.
template <class S>
[[gnu::always_inline]] inline Step InitCall(Regs& r)
{
    r.save_pc();
    if (resolve_call(r.st, const_cast<Instruction*>(r.pc())) == Outcome::Threw)
        return Step::Throw;
    return Step::Next;
}

// Pushes a frame of `bytes` for `argc` arguments and makes it the pending call. Its
// header gets what is needed before the call starts; DoCall sets the rest.
[[gnu::always_inline]] inline Frame* push_call(Regs& r, size_t bytes, uint32_t argc)
{
    Frame* call = r.st.stack.try_push(bytes);
    if (call == nullptr) [[unlikely]] {
        r.save_pc(); // a new stack page may pass memory_limit
        r.st.stack.make_room(bytes);
        call = r.st.stack.try_push(bytes);
    }
    Frame* fp = r.fp();
    call->num_args = argc;
    call->this_object = nullptr; // the header may lie over an old frame's slots
    call->called_scope = nullptr;
    call->pending_call = nullptr;
    call->enclosing_pending = fp->pending_call;
    fp->pending_call = call;
    return call;
}

// A call site resolved to a user function: op1:op2 hold it, `result` the frame's
// bytes (extra arguments included), `extended` the argument count. (A user frame's
// `builtin` is never read.)
template <class S>
[[gnu::always_inline]] inline Step InitUserCall(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* call = push_call(r, pc->result, pc->extended);
    call->function = pc->cached_pointer<Function>();
    return r.next();
}

template <class S>
[[gnu::always_inline]] inline Step InitBuiltinCall(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* call = push_call(r, pc->result, pc->extended);
    call->function = nullptr;
    call->builtin = pc->cached_pointer<runtime::BuiltinFunction>();
    call->num_slots = pc->extended;
    return r.next();
}

// Argument n (op2: the byte offset of its slot in the callee) = op1.
template <class S>
[[gnu::always_inline]] inline Step SendValue(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    take_into<S::op1>(slot_at(fp->pending_call, pc->op2), pc, fp, pc->op1, pc->op1_kind);
    return r.next();
}

template <class S>
[[gnu::always_inline]] inline Step SendVariable(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    take_into<OperandKind::Cv>(slot_at(fp->pending_call, pc->op2), pc, fp, pc->op1, pc->op1_kind);
    return r.next();
}

template <class S>
[[gnu::always_inline]] inline Step DoCall(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    Frame* call = fp->pending_call;
    fp->pending_call = call->enclosing_pending;
    fp->pc = pc; // the call site, for traces and for the return
    Value* result = S::variant == kResultUsed ? &result_slot(pc, fp) : nullptr;
    const Function* callee = call->function;
    if (callee == nullptr) {
        if (call_builtin_frame(r.st, fp, call, result) == Outcome::Threw)
            return Step::Throw;
        return r.next();
    }
    call->caller = fp;
    call->return_slot = result;
    uint32_t argc = call->num_args;
    if (uint32_t cvs = callee->num_cv_slots; argc < cvs) {
        Value* slot = call->slots() + argc;
        for (uint32_t n = cvs - argc; n != 0; --n, ++slot)
            slot->clear_type();
    }
    if (argc > callee->num_params) [[unlikely]]
        move_extra_arguments(call);
    r.st.frame = call;
    r.set_fp(call);
    r.set_pc(callee->executable.code() + std::min(argc, callee->recv_prefix));
    return Step::Next;
}

// A builtin called with its arguments read where they are (compile_builtin_call).
template <class S>
[[gnu::always_inline]] inline Step CallBuiltin(Regs& r)
{
    const Instruction* pc = r.pc();
    r.save_pc();
    if (call_builtin_frameless(r.st, pc, r.fp()) == Outcome::Threw)
        return Step::Throw;
    r.set_pc(pc + (pc[1].opcode == Opcode::OpData ? 2 : 1));
    return Step::Next;
}

// Read by the CallBuiltin before it, never run.
template <class S>
[[gnu::always_inline]] inline Step OpData(Regs& r)
{
    return r.next();
}

// DoCall once its call site is known to call a user function (resolve_call): where
// the callee starts and which CVs to clear are in the instruction.
template <class S>
[[gnu::always_inline]] inline Step DoUserCall(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    Frame* call = fp->pending_call;
    fp->pending_call = call->enclosing_pending;
    fp->pc = pc; // the call site, for traces and for the return
    call->caller = fp;
    call->return_slot = S::variant == kResultUsed ? &result_slot(pc, fp) : nullptr;
    if (uint32_t work = pc->extended) {
        Value* slot = call->slots() + call->num_args;
        for (uint32_t n = work & ~kMovesExtraArguments; n != 0; --n, ++slot)
            slot->clear_type();
        if (work & kMovesExtraArguments)
            move_extra_arguments(call);
    }
    r.st.frame = call;
    r.set_fp(call);
    r.set_pc(pc->cached_pointer<Instruction>());
    return Step::Next;
}

// A parameter whose argument is missing (passed ones are skipped, see DoCall, unless
// a parameter with a computed default comes first).
template <class S>
[[gnu::always_inline]] inline Step Recv(Regs& r)
{
    if (r.pc()->op1 >= r.fp()->num_args) [[unlikely]] {
        r.save_pc();
        (void)too_few_arguments(r.fp());
        return Step::Throw;
    }
    return r.next();
}

template <class S>
[[gnu::always_inline]] inline Step RecvInit(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (pc->op1 >= fp->num_args)
        runtime::copy_value(result_slot(pc, fp), literal_at(pc, pc->op2));
    return r.next();
}

template <class S>
[[gnu::always_inline]] inline Step RecvDefault(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& cached = fp->function->default_cache[pc->extended];
    if (pc->op1 < fp->num_args) {
        r.set_pc(jump_target(pc, pc->op2));
    } else if (!cached.is_undef()) {
        result_slot(pc, fp) = cached;
        r.set_pc(jump_target(pc, pc->op2));
    } else {
        r.set_pc(pc + 1);
    }
    return Step::Next;
}

template <class S>
[[gnu::always_inline]] inline Step StoreDefault(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    r.save_pc();
    Value v = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    if (!v.is_refcounted())
        fp->function->default_cache[pc->op2] = v;
    store(result_slot(pc, fp), v);
    return r.next();
}

// The return value goes straight into the caller's result slot, or is dropped
// (with the warning an undefined CV gives either way). True when dropping it may
// have run a destructor.
template <OperandKind K>
[[gnu::always_inline]] inline bool pass_return_value(Regs& r, Frame* callee)
{
    const Instruction* pc = r.pc();
    Value* slot = callee->return_slot;
    if constexpr (K == OperandKind::Unused) {
        if (slot != nullptr)
            slot->set_null();
    } else if constexpr (K == OperandKind::Tmp) {
        if (slot != nullptr) [[likely]] {
            Value& value = slot_at(callee, pc->op1);
            slot->copy_from(value);
            value.clear_type();
        } else {
            r.save_pc();
            bool may_throw = release_may_throw(slot_at(callee, pc->op1));
            consume_op1<K>(pc, callee);
            return may_throw;
        }
    } else {
        const Value& value = read_op1<K>(pc, callee);
        if (slot != nullptr) [[likely]]
            runtime::copy_value(*slot, value);
    }
    return false;
}

template <class S>
[[gnu::always_inline]] inline Step Return(Regs& r)
{
    Frame* callee = r.fp();
    Frame* caller = callee->caller;
    if (caller == nullptr) [[unlikely]] {
        // The main script's return: the script ends, its globals stay for shutdown.
        r.save_pc();
        if constexpr (S::op1 != OperandKind::Unused)
            runtime::release(take<S::op1>(r.pc(), callee, r.pc()->op1, r.pc()->op1_kind));
        return Step::Returned;
    }
    assert(callee->pending_call == nullptr);
    bool released = pass_return_value<S::op1>(r, callee);
    // The caller is the current frame again before the callee's variables go
    // (zend_leave_helper), so a destructor they run has no frame of the callee in
    // its trace. Only the CVs (and extra arguments, and $this) can still hold
    // values: every Tmp has been consumed by now. Most functions hold only numbers
    // here; the first counted value found hands the rest to the ordered release,
    // out of line.
    r.st.frame = caller;
    const Function* function = callee->function;
    const Value* slots = callee->slots();
    for (uint32_t i = 0, n = function->num_cv_slots; i != n; ++i) {
        if (slots[i].is_refcounted()) [[unlikely]] {
            r.save_pc();
            release_variables_from(callee, i);
            released = true;
            break;
        }
    }
    if (callee->num_args > function->num_params) [[unlikely]] {
        r.save_pc();
        release_extra_arguments(callee);
        released = true;
    }
    // What the frame holds besides its slots: a method's $this, or the closure whose
    // code runs (which holds its $this). When someone else holds it too, releasing
    // it runs nothing.
    if (callee->this_object != nullptr || function->is_closure) [[unlikely]] {
        runtime::Object* owner = function->is_closure ? callee->closure : callee->this_object;
        if (owner != nullptr && owner->header.refcount > 1) {
            --owner->header.refcount;
            if (owner->header.info_clear()) [[unlikely]] {
                // A possible root: a collection may run here, and a destructor it runs
                // may throw. The exception surfaces at the call; a constructor that
                // ends so has failed, as in php.
                runtime::check_possible_root(&owner->header);
                released = true;
                if (runtime::engine().has_exception()) [[unlikely]]
                    mark_failed_construction(callee, caller);
            }
        } else {
            r.save_pc();
            release_frame_owner(callee);
            released = true;
        }
    }
    r.st.stack.pop(callee);
    if (callee == r.entry) [[unlikely]]
        return Step::Returned;
    r.set_fp(caller);
    if (released && runtime::engine().has_exception()) [[unlikely]] {
        // A destructor threw: the exception surfaces at the call (zend_rethrow_exception).
        r.set_pc(caller->pc);
        return Step::Throw;
    }
    r.set_pc(caller->pc + 1);
    return Step::Next;
}

} // namespace miniphp::vm::handlers

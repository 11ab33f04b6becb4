// Handlers of the jumps, written as arithmetic.h explains. A jump target is the
// byte offset from the jump instruction to its target (the loader resolved it).
#pragma once

#include "runtime/conversions.h"
#include "vm/handler_shapes.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm::handlers {

using runtime::Type;
using runtime::Value;

template <class S>
[[gnu::always_inline]] inline Step Jmp(Regs& r)
{
    r.set_pc(jump_target(r.pc(), r.pc()->op1));
    return Step::Next;
}

// The truth of op1: bools and ints inline (a bool is what a comparison that is not
// fused with its jump leaves behind); anything else through truth_general, which
// warns about an undefined CV and consumes a Tmp.
template <class S>
[[gnu::always_inline]] inline bool truth_of_op1(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& v = fetch_op1<S::op1>(pc, fp);
    uint32_t type = v.type_info();
    if (type == Value::type_info_of(Type::True))
        return true;
    if (type == Value::type_info_of(Type::False))
        return false;
    if (type == Value::type_info_of(Type::Long))
        return v.as_long() != 0;
    r.save_pc();
    return truth_general(pc, fp);
}

template <class S, bool JumpIfTrue>
[[gnu::always_inline]] inline Step conditional_jump(Regs& r)
{
    const Instruction* pc = r.pc();
    bool truth = truth_of_op1<S>(r);
    r.set_pc(truth == JumpIfTrue ? jump_target(pc, pc->op2) : pc + 1);
    return Step::Next;
}

// && and ||: the bool is also the result.
template <class S, bool JumpIfTrue>
[[gnu::always_inline]] inline Step conditional_jump_with_result(Regs& r)
{
    const Instruction* pc = r.pc();
    bool truth = truth_of_op1<S>(r);
    result_slot(pc, r.fp()).set_bool(truth);
    r.set_pc(truth == JumpIfTrue ? jump_target(pc, pc->op2) : pc + 1);
    return Step::Next;
}

template <class S> [[gnu::always_inline]] inline Step JmpZ(Regs& r) { return conditional_jump<S, false>(r); }
template <class S> [[gnu::always_inline]] inline Step JmpNZ(Regs& r) { return conditional_jump<S, true>(r); }
template <class S> [[gnu::always_inline]] inline Step JmpZEx(Regs& r) { return conditional_jump_with_result<S, false>(r); }
template <class S> [[gnu::always_inline]] inline Step JmpNZEx(Regs& r) { return conditional_jump_with_result<S, true>(r); }

// ?-> — a null (or undefined, with the warning) op1 ends the chain: its result is
// null (false in isset, true in empty) and the rest is skipped. Anything else, a
// reference too (php does not look through it here), stays for the next link.
template <class S>
[[gnu::always_inline]] inline Step JmpNull(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    r.save_pc();
    const Value& v = read_op1<OperandKind::Any>(pc, fp);
    if (!v.is_null() && !v.is_undef())
        return r.next();
    consume_op1<OperandKind::Any>(pc, fp);
    Value& result = result_slot(pc, fp);
    if (pc->extended == 0)
        result.set_null();
    else
        result.set_bool(pc->extended == 2);
    r.set_pc(jump_target(pc, pc->op2));
    return Step::Next;
}

// ?: — a truthy op1 becomes the result.
template <class S>
[[gnu::always_inline]] inline Step JmpSet(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    r.save_pc();
    const Value& v = read_op1<OperandKind::Any>(pc, fp);
    if (runtime::to_bool(v)) {
        take_into<OperandKind::Any>(result_slot(pc, fp), pc, fp, pc->op1, pc->op1_kind);
        r.set_pc(jump_target(pc, pc->op2));
        return Step::Next;
    }
    consume_op1<OperandKind::Any>(pc, fp);
    return r.next();
}

// ?? — a set, non-null op1 becomes the result (no warning for an undefined CV).
template <class S>
[[gnu::always_inline]] inline Step Coalesce(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& v = runtime::deref(fetch_op1<OperandKind::Any>(pc, fp));
    if (!v.is_undef() && !v.is_null()) {
        take_into<OperandKind::Any>(result_slot(pc, fp), pc, fp, pc->op1, pc->op1_kind);
        r.set_pc(jump_target(pc, pc->op2));
        return Step::Next;
    }
    r.save_pc();
    consume_op1<OperandKind::Any>(pc, fp);
    return r.next();
}

// A switch's jump table: an int (or string) subject goes straight to its case; any
// other type on to the chain of Case comparisons that follows.
template <class S, bool Strings>
[[gnu::always_inline]] inline Step switch_jump(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& subject = fetch_op1<S::op1>(pc, fp);
    uint32_t target;
    if constexpr (Strings) {
        if (!subject.is_string())
            return r.next();
        target = fp->function->jump_tables[pc->op2].find(subject.as_string());
    } else {
        if (!subject.is_long())
            return r.next();
        target = fp->function->jump_tables[pc->op2].find(subject.as_long());
    }
    r.set_pc(fp->function->executable.code() + target);
    return Step::Next;
}

template <class S> [[gnu::always_inline]] inline Step SwitchLong(Regs& r) { return switch_jump<S, false>(r); }
template <class S> [[gnu::always_inline]] inline Step SwitchString(Regs& r) { return switch_jump<S, true>(r); }

template <class S>
[[gnu::always_inline]] inline Step Free(Regs& r)
{
    r.save_pc();
    consume_op1<OperandKind::Any>(r.pc(), r.fp());
    if (runtime::engine().has_exception()) [[unlikely]]
        return Step::Throw; // a destructor the release ran threw
    return r.next();
}

} // namespace miniphp::vm::handlers

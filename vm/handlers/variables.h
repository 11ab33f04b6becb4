// Handlers of the variable opcodes (assignment, compound assignment, ++/--, unset,
// isset, offsets, constants), written as arithmetic.h explains.
#pragma once

#include "runtime/conversions.h"
#include "runtime/operators.h"
#include "vm/handler_shapes.h"
#include "vm/handlers/arithmetic.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm::handlers {

using runtime::Value;

// $cv = op2. The new value is stored before the old one is released (php's order).
template <class S>
[[gnu::always_inline]] inline Step Assign(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    Value& target = slot_at(fp, pc->op1);
    if (target.is_refcounted()) [[unlikely]] {
        Value v = take<S::op2>(pc, fp, pc->op2, pc->op2_kind);
        r.save_pc();
        if (runtime::holds_typed_reference(target)) [[unlikely]] {
            Outcome outcome = runtime::assign_to_typed_reference(target.as_reference(), v);
            if constexpr (S::variant == kResultUsed)
                runtime::copy_value(result_slot(pc, fp), target.as_reference()->value);
            return outcome == Outcome::Threw ? Step::Throw : r.next();
        }
        // A variable bound by & is assigned through its reference.
        Value& assigned = runtime::deref(target);
        bool threw = store_threw(assigned, v);
        if constexpr (S::variant == kResultUsed)
            runtime::copy_value(result_slot(pc, fp), assigned);
        if (threw) [[unlikely]]
            return Step::Throw;
        return r.next();
    }
    take_into<S::op2>(target, pc, fp, pc->op2, pc->op2_kind);
    if constexpr (S::variant == kResultUsed)
        runtime::copy_value(result_slot(pc, fp), target);
    return r.next();
}

// $cv OP= op2, the operator fixed by the variant (handler_shapes.h). php reads the
// right-hand side before the variable (ZEND_ASSIGN_OP), which the general path keeps.
template <class S>
[[gnu::always_inline]] inline Step AssignOp(Regs& r)
{
    constexpr Opcode op = kAssignOperators[S::variant / 2];
    constexpr bool result_used = S::variant % 2 == kResultUsed;
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& b = fetch_op2<S::op2>(pc, fp);
    Value& target = slot_at(fp, pc->op1);
    bool done;
    if constexpr (op == Opcode::Concat) {
        r.save_pc(); // growing the string may pass memory_limit, whose error names this line
        done = runtime::concat_in_place(target, b);
    } else {
        done = number_fast_path<op>(target, target, b);
    }
    if (done) [[likely]] {
        consume_op2<S::op2>(pc, fp);
        if constexpr (result_used)
            runtime::copy_value(result_slot(pc, fp), target);
        return r.next();
    }
    r.save_pc();
    if (assign_op_general(pc, fp) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// ++$cv and --$cv: an int that does not overflow inline.
template <class S, bool Increment>
[[gnu::always_inline]] inline Step pre_increment(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    Value& v = slot_at(fp, pc->op1);
    int64_t z;
    if (v.is_long() && !(Increment ? __builtin_add_overflow(v.as_long(), 1, &z)
                                   : __builtin_sub_overflow(v.as_long(), 1, &z))) [[likely]] {
        v.update_long(z);
        if constexpr (S::variant == kResultUsed)
            result_slot(pc, fp).set_long(z);
        return r.next();
    }
    r.save_pc();
    if (increment_general(pc, fp) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// $cv++ and $cv--: the old value is the result.
template <bool Increment>
[[gnu::always_inline]] inline Step post_increment(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    Value& v = slot_at(fp, pc->op1);
    int64_t z;
    if (v.is_long() && !(Increment ? __builtin_add_overflow(v.as_long(), 1, &z)
                                   : __builtin_sub_overflow(v.as_long(), 1, &z))) [[likely]] {
        result_slot(pc, fp).set_long(v.as_long());
        v.update_long(z);
        return r.next();
    }
    r.save_pc();
    if (increment_general(pc, fp) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

template <class S> [[gnu::always_inline]] inline Step PreInc(Regs& r) { return pre_increment<S, true>(r); }
template <class S> [[gnu::always_inline]] inline Step PreDec(Regs& r) { return pre_increment<S, false>(r); }
template <class S> [[gnu::always_inline]] inline Step PostInc(Regs& r) { return post_increment<true>(r); }
template <class S> [[gnu::always_inline]] inline Step PostDec(Regs& r) { return post_increment<false>(r); }

template <class S>
[[gnu::always_inline]] inline Step UnsetCv(Regs& r)
{
    r.save_pc();
    Value& slot = slot_at(r.fp(), r.pc()->op1);
    bool may_throw = release_may_throw(slot);
    runtime::release_and_clear(slot);
    if (may_throw && runtime::engine().has_exception()) [[unlikely]]
        return Step::Throw;
    return r.next();
}

template <class S>
[[gnu::always_inline]] inline Step IssetCv(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& v = runtime::deref(slot_at(fp, pc->op1));
    bool set = !v.is_undef() && !v.is_null();
    result_slot(pc, fp).set_bool(pc->extended == 0 ? set : !(set && runtime::to_bool(v)));
    return r.next();
}

template <class S>
[[gnu::always_inline]] inline Step general_only(Regs& r, Outcome (*general)(const Instruction*, Frame*))
{
    r.save_pc();
    if (general(r.pc(), r.fp()) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// $array[int] inline when the array is packed and holds a plain value there.
template <class S>
[[gnu::always_inline]] inline Step FetchDimRead(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& container = fetch<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    const Value& offset = fetch<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
    if (container.is_array() && offset.is_long()) {
        const Value* element = container.as_array()->find_packed(offset.as_long());
        if (element != nullptr && !element->is_reference()) [[likely]] {
            Value copy;
            runtime::copy_value(copy, *element);
            consume_op1<OperandKind::Any>(pc, fp);
            result_slot(pc, fp).copy_from(copy);
            return r.next();
        }
    }
    return general_only<S>(r, fetch_dimension_general);
}
template <class S> [[gnu::always_inline]] inline Step FetchDimIsset(Regs& r) { return general_only<S>(r, fetch_dimension_general); }
template <class S> [[gnu::always_inline]] inline Step IssetDim(Regs& r) { return general_only<S>(r, fetch_dimension_general); }
template <class S>
[[gnu::always_inline]] inline Step CopyTmp(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    runtime::copy_value(result_slot(pc, fp), slot_at(fp, pc->op1));
    return r.next();
}

template <class S> [[gnu::always_inline]] inline Step BuiltinOpcode(Regs& r) { return general_only<S>(r, builtin_opcode); }
template <class S> [[gnu::always_inline]] inline Step FetchConstant(Regs& r) { return general_only<S>(r, fetch_constant); }

} // namespace miniphp::vm::handlers

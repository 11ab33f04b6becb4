// Handlers of the comparison opcodes (and switch's Case), written as arithmetic.h
// explains. A comparison followed by the JmpZ/JmpNZ that tests it (php's smart
// branch) has a fused copy (variants kCompareJmpZ/kCompareJmpNZ) that takes the jump
// itself when the operands are numbers; the loader stores the jump's offset from
// the comparison in `extended`. The general path writes the bool and lets the jump
// instruction run.
#pragma once

#include "vm/handler_shapes.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm::handlers {

using runtime::Value;

// The outcome of a comparison of two numbers: 0 or 1, or -1 for the general path.
template <Opcode Op>
[[gnu::always_inline]] inline int compare_numbers(const Value& a, const Value& b)
{
    constexpr bool loose_equal = Op == Opcode::IsEqual || Op == Opcode::Case;
    if (a.is_long() && b.is_long()) {
        int64_t x = a.as_long(), y = b.as_long();
        if constexpr (Op == Opcode::IsSmaller)
            return x < y;
        else if constexpr (Op == Opcode::IsSmallerOrEqual)
            return x <= y;
        else if constexpr (loose_equal || Op == Opcode::IsIdentical || Op == Opcode::CaseStrict)
            return x == y;
        else
            return x != y;
    }
    double x, y;
    if (a.is_double() && b.is_double()) {
        x = a.as_double();
        y = b.as_double();
    } else if constexpr (Op == Opcode::IsIdentical || Op == Opcode::IsNotIdentical || Op == Opcode::CaseStrict) {
        return -1; // an int is never identical to a float: rare enough for the general path
    } else if (a.is_double() && b.is_long()) {
        x = a.as_double();
        y = static_cast<double>(b.as_long());
    } else if (a.is_long() && b.is_double()) {
        x = static_cast<double>(a.as_long());
        y = b.as_double();
    } else {
        return -1;
    }
    if constexpr (Op == Opcode::IsSmaller)
        return x < y;
    else if constexpr (Op == Opcode::IsSmallerOrEqual)
        return x <= y;
    else if constexpr (loose_equal || Op == Opcode::IsIdentical || Op == Opcode::CaseStrict)
        return x == y;
    else
        return x != y;
}

template <class S, Opcode Op>
[[gnu::always_inline]] inline Step comparison(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    int holds = compare_numbers<Op>(fetch_op1<S::op1>(pc, fp), fetch_op2<S::op2>(pc, fp));
    if (holds >= 0) [[likely]] {
        if constexpr (S::variant == kCompareOnly) {
            result_slot(pc, fp).set_bool(holds != 0);
            return r.next();
        } else {
            bool jump = (S::variant == kCompareJmpNZ) == (holds != 0);
            r.set_pc(jump ? jump_target(pc, pc->extended) : pc + 2);
            return Step::Next;
        }
    }
    r.save_pc();
    if (binary_general(pc, fp) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// clang-format off
template <class S> [[gnu::always_inline]] inline Step IsSmaller(Regs& r)        { return comparison<S, Opcode::IsSmaller>(r); }
template <class S> [[gnu::always_inline]] inline Step IsSmallerOrEqual(Regs& r) { return comparison<S, Opcode::IsSmallerOrEqual>(r); }
template <class S> [[gnu::always_inline]] inline Step IsEqual(Regs& r)          { return comparison<S, Opcode::IsEqual>(r); }
template <class S> [[gnu::always_inline]] inline Step IsNotEqual(Regs& r)       { return comparison<S, Opcode::IsNotEqual>(r); }
template <class S> [[gnu::always_inline]] inline Step IsIdentical(Regs& r)      { return comparison<S, Opcode::IsIdentical>(r); }
template <class S> [[gnu::always_inline]] inline Step IsNotIdentical(Regs& r)   { return comparison<S, Opcode::IsNotIdentical>(r); }
// Case compares like ==; its general path keeps the switch subject (op1) alive.
template <class S> [[gnu::always_inline]] inline Step Case(Regs& r)             { return comparison<S, Opcode::Case>(r); }
// CaseStrict compares like ===, keeping a match subject (op1) alive.
template <class S> [[gnu::always_inline]] inline Step CaseStrict(Regs& r)       { return comparison<S, Opcode::CaseStrict>(r); }
// clang-format on

} // namespace miniphp::vm::handlers

// Handlers of the arithmetic, bitwise and unary opcodes.
//
// How a handler is written (every family header follows it):
//   - one function template per opcode, named after it, over a Spec
//     (handler_shapes.h): `template <class S> Step Add(Regs& r)`. S::op1 and S::op2
//     are the operand kinds this copy serves (Any: read from the instruction),
//     S::variant what else the loader fixed. The dispatch loop (dispatch.cpp)
//     instantiates it once per Spec its shape lists.
//   - the common case is inline and tests no operand kind; anything else saves the
//     pc and goes to the general path of its family (general.h), out of line.
//   - it returns Step::Next after moving the pc (r.next(), or a jump).
// Adding an opcode: a line in opcodes.def with its shape, a template here (or in the
// family header it belongs to), and its general path if it needs one. Nothing else
// lists opcodes by hand.
#pragma once

#include <cstdint>

#include "vm/handler_shapes.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm::handlers {

using runtime::Value;

// The int and float cases of a binary operator, as php's fast paths have them
// (add_function_fast and friends): writes `r` and returns true, or returns false for
// the general path (other types, division by zero, a negative shift). Both operands
// are read before `r` is written, so `r` may be one of them.
template <Opcode Op>
[[gnu::always_inline]] inline bool number_fast_path(Value& r, const Value& a, const Value& b)
{
    if (a.is_long() && b.is_long()) {
        int64_t x = a.as_long(), y = b.as_long(), z;
        if constexpr (Op == Opcode::Add) {
            if (__builtin_add_overflow(x, y, &z)) [[unlikely]]
                r.set_double(static_cast<double>(x) + static_cast<double>(y));
            else
                r.set_long(z);
            return true;
        } else if constexpr (Op == Opcode::Sub) {
            if (__builtin_sub_overflow(x, y, &z)) [[unlikely]]
                r.set_double(static_cast<double>(x) - static_cast<double>(y));
            else
                r.set_long(z);
            return true;
        } else if constexpr (Op == Opcode::Mul) {
            if (__builtin_mul_overflow(x, y, &z)) [[unlikely]]
                r.set_double(static_cast<double>(x) * static_cast<double>(y));
            else
                r.set_long(z);
            return true;
        } else if constexpr (Op == Opcode::Div) {
            // div_function_base: an exact division stays an int.
            if (y == 0 || y == -1) [[unlikely]]
                return false;
            if (x % y == 0)
                r.set_long(x / y);
            else
                r.set_double(static_cast<double>(x) / static_cast<double>(y));
            return true;
        } else if constexpr (Op == Opcode::Mod) {
            if (y == 0 || y == -1) [[unlikely]] // DivisionByZeroError, and the INT_MIN % -1 trap
                return false;
            r.set_long(x % y);
            return true;
        } else if constexpr (Op == Opcode::ShiftLeft) {
            if (static_cast<uint64_t>(y) >= 64) [[unlikely]]
                return false;
            r.set_long(static_cast<int64_t>(static_cast<uint64_t>(x) << y));
            return true;
        } else if constexpr (Op == Opcode::ShiftRight) {
            if (static_cast<uint64_t>(y) >= 64) [[unlikely]]
                return false;
            r.set_long(x >> y);
            return true;
        } else if constexpr (Op == Opcode::BitwiseAnd) {
            r.set_long(x & y);
            return true;
        } else if constexpr (Op == Opcode::BitwiseOr) {
            r.set_long(x | y);
            return true;
        } else if constexpr (Op == Opcode::BitwiseXor) {
            r.set_long(x ^ y);
            return true;
        } else {
            return false;
        }
    }
    if constexpr (Op == Opcode::Add || Op == Opcode::Sub || Op == Opcode::Mul || Op == Opcode::Div) {
        double x, y;
        if (a.is_double()) {
            x = a.as_double();
            if (b.is_double())
                y = b.as_double();
            else if (b.is_long())
                y = static_cast<double>(b.as_long());
            else
                return false;
        } else if (a.is_long() && b.is_double()) {
            x = static_cast<double>(a.as_long());
            y = b.as_double();
        } else {
            return false;
        }
        if constexpr (Op == Opcode::Add)
            r.set_double(x + y);
        else if constexpr (Op == Opcode::Sub)
            r.set_double(x - y);
        else if constexpr (Op == Opcode::Mul)
            r.set_double(x * y);
        else {
            if (y == 0.0) [[unlikely]]
                return false;
            r.set_double(x / y);
        }
        return true;
    }
    return false;
}

// result = op1 OP op2: numbers inline, the rest through binary_general. The result
// is a Tmp, or a CV for an operation fused with its assignment (kResultToCv).
template <class S, Opcode Op>
[[gnu::always_inline]] inline Step binary_number_operator(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& a = fetch_op1<S::op1>(pc, fp);
    const Value& b = fetch_op2<S::op2>(pc, fp);
    Value& result = result_slot(pc, fp);
    // A CV result holding a string or other counted value needs its release.
    bool result_free = S::variant == kResultToTmp || !result.is_refcounted();
    if (result_free && number_fast_path<Op>(result, a, b)) [[likely]]
        return r.next();
    r.save_pc();
    if (binary_general(pc, fp) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// The operators without a number fast path worth having (**, xor, <=>).
template <class S>
[[gnu::always_inline]] inline Step binary_general_only(Regs& r)
{
    r.save_pc();
    if (binary_general(r.pc(), r.fp()) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// clang-format off
template <class S> [[gnu::always_inline]] inline Step Add(Regs& r)        { return binary_number_operator<S, Opcode::Add>(r); }
template <class S> [[gnu::always_inline]] inline Step Sub(Regs& r)        { return binary_number_operator<S, Opcode::Sub>(r); }
template <class S> [[gnu::always_inline]] inline Step Mul(Regs& r)        { return binary_number_operator<S, Opcode::Mul>(r); }
template <class S> [[gnu::always_inline]] inline Step Div(Regs& r)        { return binary_number_operator<S, Opcode::Div>(r); }
template <class S> [[gnu::always_inline]] inline Step Mod(Regs& r)        { return binary_number_operator<S, Opcode::Mod>(r); }
template <class S> [[gnu::always_inline]] inline Step ShiftLeft(Regs& r)  { return binary_number_operator<S, Opcode::ShiftLeft>(r); }
template <class S> [[gnu::always_inline]] inline Step ShiftRight(Regs& r) { return binary_number_operator<S, Opcode::ShiftRight>(r); }
template <class S> [[gnu::always_inline]] inline Step BitwiseAnd(Regs& r) { return binary_number_operator<S, Opcode::BitwiseAnd>(r); }
template <class S> [[gnu::always_inline]] inline Step BitwiseOr(Regs& r)  { return binary_number_operator<S, Opcode::BitwiseOr>(r); }
template <class S> [[gnu::always_inline]] inline Step BitwiseXor(Regs& r) { return binary_number_operator<S, Opcode::BitwiseXor>(r); }
template <class S> [[gnu::always_inline]] inline Step Pow(Regs& r)        { return binary_general_only<S>(r); }
template <class S> [[gnu::always_inline]] inline Step BoolXor(Regs& r)    { return binary_general_only<S>(r); }
template <class S> [[gnu::always_inline]] inline Step Spaceship(Regs& r)  { return binary_general_only<S>(r); }
// clang-format on

// Unary operators: the common types inline, the rest through unary_general.
template <class S>
[[gnu::always_inline]] inline Step BitwiseNot(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& a = fetch_op1<S::op1>(pc, fp);
    if (a.is_long()) {
        result_slot(pc, fp).set_long(~a.as_long());
        return r.next();
    }
    r.save_pc();
    if (unary_general(pc, fp) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// !op1 and (bool) op1: bools and ints inline.
template <class S, bool Negate>
[[gnu::always_inline]] inline Step to_bool_operator(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& a = fetch_op1<S::op1>(pc, fp);
    uint32_t type = a.type_info();
    bool truth;
    if (type == Value::type_info_of(runtime::Type::True))
        truth = true;
    else if (type == Value::type_info_of(runtime::Type::False))
        truth = false;
    else if (type == Value::type_info_of(runtime::Type::Long))
        truth = a.as_long() != 0;
    else {
        r.save_pc();
        truth = truth_general(pc, fp);
    }
    result_slot(pc, fp).set_bool(truth != Negate);
    return r.next();
}

template <class S> [[gnu::always_inline]] inline Step BoolNot(Regs& r) { return to_bool_operator<S, true>(r); }
template <class S> [[gnu::always_inline]] inline Step Bool(Regs& r) { return to_bool_operator<S, false>(r); }

template <class S>
[[gnu::always_inline]] inline Step Cast(Regs& r)
{
    r.save_pc();
    if (unary_general(r.pc(), r.fp()) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// Copies op1 into the result (a Tmp moves, anything else is shared).
template <class S>
[[gnu::always_inline]] inline Step QmAssign(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    take_into<S::op1>(result_slot(pc, fp), pc, fp, pc->op1, pc->op1_kind);
    return r.next();
}

} // namespace miniphp::vm::handlers

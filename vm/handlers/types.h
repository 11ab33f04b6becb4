// Handlers of typed parameters and return values, written as arithmetic.h explains.
//
// A typed parameter is received by RecvTyped / RecvInitTyped, which run also when
// the argument is passed (php's ZEND_RECV does the same for functions with type
// hints): its value is tested against the mask of types the parameter takes as they
// are (the instruction's `extended`), one shift and one test. Anything else (a class
// type, a reference, a value to coerce, a TypeError) goes to the general paths in
// types.cpp. Untyped parameters keep their Recv, skipped when passed.
#pragma once

#include "runtime/type_decl.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm {

// The parameter received by `pc` (RecvTyped, RecvInitTyped, VerifyParam) checked
// against its type, coerced in place, or a TypeError.
Outcome verify_parameter(ExecState& st, const Instruction* pc, Frame* fp);
// RecvVariadic: the array of the arguments the variadic parameter collects.
Outcome receive_variadic(ExecState& st, const Instruction* pc, Frame* fp);
// VerifyReturnType with an operand: the value checked against the return type.
Outcome verify_return_value(ExecState& st, const Instruction* pc, Frame* fp);
// VerifyReturnType without one: the TypeError of a function ending without return.
Outcome missing_return_value(Frame* fp);

namespace handlers {

[[gnu::always_inline]] inline bool quick_type_check(const Instruction* pc, const runtime::Value& v)
{
    return (pc->extended & runtime::TypeBit::of(v.type())) != 0;
}

// The parameter `pc` received has its type, or is converted to it; false: a
// TypeError to unwind.
[[gnu::always_inline]] inline bool check_received(Regs& r, const Instruction* pc, Frame* fp)
{
    if (quick_type_check(pc, result_slot(pc, fp))) [[likely]]
        return true;
    r.save_pc();
    return verify_parameter(r.st, pc, fp) == Outcome::Ok;
}

template <class S>
[[gnu::always_inline]] inline Step RecvTyped(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (pc->op1 >= fp->num_args) [[unlikely]] {
        r.save_pc();
        (void)too_few_arguments(fp);
        return Step::Throw;
    }
    return check_received(r, pc, fp) ? r.next() : Step::Throw;
}

template <class S>
[[gnu::always_inline]] inline Step RecvInitTyped(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if (pc->op1 >= fp->num_args) {
        runtime::copy_value(result_slot(pc, fp), literal_at(pc, pc->op2));
        return r.next();
    }
    return check_received(r, pc, fp) ? r.next() : Step::Throw;
}

template <class S>
[[gnu::always_inline]] inline Step VerifyParam(Regs& r)
{
    return check_received(r, r.pc(), r.fp()) ? r.next() : Step::Throw;
}

template <class S>
[[gnu::always_inline]] inline Step RecvVariadic(Regs& r)
{
    r.save_pc();
    return receive_variadic(r.st, r.pc(), r.fp()) == Outcome::Ok ? r.next() : Step::Throw;
}

// A literal operand is not of the type (the compiler leaves out the check when it
// is), so it always takes the general path, which copies it into the result.
template <class S>
[[gnu::always_inline]] inline Step VerifyReturnType(Regs& r)
{
    if constexpr (S::op1 == OperandKind::Unused) {
        r.save_pc();
        (void)missing_return_value(r.fp());
        return Step::Throw;
    } else {
        const Instruction* pc = r.pc();
        Frame* fp = r.fp();
        if (S::op1 == OperandKind::Const || !quick_type_check(pc, fetch_op1<S::op1>(pc, fp))) {
            r.save_pc();
            if (verify_return_value(r.st, pc, fp) == Outcome::Threw)
                return Step::Throw;
        }
        return r.next();
    }
}

} // namespace handlers
} // namespace miniphp::vm

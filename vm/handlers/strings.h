// Handlers of the string opcodes (concatenation, strlen), written as arithmetic.h
// explains.
#pragma once

#include "runtime/operators.h"
#include "vm/handler_shapes.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"

namespace miniphp::vm::handlers {

using runtime::Value;

// op1 . op2. "a" . $b . "c" builds one string: a Tmp string nobody else holds is
// extended in place rather than copied (php's concat_function does the same when the
// result is its left operand).
template <class S>
[[gnu::always_inline]] inline Step Concat(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    if constexpr (S::op1 == OperandKind::Tmp) {
        Value& left = slot_at(fp, pc->op1);
        const Value& right = fetch_op2<S::op2>(pc, fp);
        r.save_pc(); // growing the string may pass memory_limit, whose error names this line
        if (runtime::concat_temporary_in_place(left, right)) {
            Value joined;
            joined.copy_from(left);
            left.clear_type();
            consume_op2<S::op2>(pc, fp);
            if constexpr (S::variant == kResultToCv) {
                r.save_pc();
                if (store_to_variable(result_slot(pc, fp), joined) == Outcome::Threw) [[unlikely]]
                    return Step::Throw;
            } else {
                result_slot(pc, fp).copy_from(joined);
            }
            return r.next();
        }
    }
    r.save_pc();
    if (binary_general(pc, fp) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

// strlen(op1) compiled inline (php's ZEND_STRLEN): strings here, the rest with the
// builtin's rules but no frame of its own.
template <class S>
[[gnu::always_inline]] inline Step Strlen(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Value& v = fetch_op1<S::op1>(pc, fp);
    if (v.is_string()) {
        int64_t length = static_cast<int64_t>(v.as_string()->length);
        consume_op1<S::op1>(pc, fp);
        result_slot(pc, fp).set_long(length);
        return r.next();
    }
    r.save_pc();
    if (strlen_general(pc, fp) == Outcome::Threw)
        return Step::Throw;
    return r.next();
}

} // namespace miniphp::vm::handlers

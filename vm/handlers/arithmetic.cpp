// General paths of the arithmetic, bitwise, comparison and unary handlers: every
// operand type, through the operators of runtime/.
#include "runtime/array.h"
#include "runtime/cast.h"
#include "runtime/closure.h"
#include "runtime/conversions.h"
#include "runtime/operators.h"
#include "runtime/property_table.h"
#include "runtime/reference.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"

namespace miniphp::vm {

using runtime::Type;
using runtime::Value;

namespace {

Outcome binary_operation(Opcode op, Value& r, const Value& a, const Value& b)
{
    switch (op) {
    case Opcode::Add: return runtime::add(r, a, b);
    case Opcode::Sub: return runtime::sub(r, a, b);
    case Opcode::Mul: return runtime::mul(r, a, b);
    case Opcode::Div: return runtime::div(r, a, b);
    case Opcode::Mod: return runtime::mod(r, a, b);
    case Opcode::Pow: return runtime::pow(r, a, b);
    case Opcode::Concat: return runtime::concat(r, a, b);
    case Opcode::ShiftLeft: return runtime::shift_left(r, a, b);
    case Opcode::ShiftRight: return runtime::shift_right(r, a, b);
    case Opcode::BitwiseAnd: return runtime::bitwise_and(r, a, b);
    case Opcode::BitwiseOr: return runtime::bitwise_or(r, a, b);
    case Opcode::BitwiseXor: return runtime::bitwise_xor(r, a, b);
    case Opcode::BoolXor:
        r = Value::boolean(runtime::to_bool(a) != runtime::to_bool(b));
        return Outcome::Ok;
    case Opcode::IsIdentical:
    case Opcode::CaseStrict:
        r = Value::boolean(runtime::is_identical(a, b));
        return Outcome::Ok;
    case Opcode::IsNotIdentical:
        r = Value::boolean(!runtime::is_identical(a, b));
        return Outcome::Ok;
    case Opcode::IsEqual:
    case Opcode::Case:
    case Opcode::IsNotEqual: {
        bool equal = false;
        if (runtime::loose_equals(equal, a, b) == Outcome::Threw)
            return Outcome::Threw;
        r = Value::boolean(op == Opcode::IsNotEqual ? !equal : equal);
        return Outcome::Ok;
    }
    case Opcode::IsSmaller:
    case Opcode::IsSmallerOrEqual: {
        bool holds = false;
        Outcome outcome = op == Opcode::IsSmaller ? runtime::is_smaller(holds, a, b)
                                                  : runtime::is_smaller_or_equal(holds, a, b);
        if (outcome == Outcome::Threw)
            return Outcome::Threw;
        r = Value::boolean(holds);
        return Outcome::Ok;
    }
    case Opcode::Spaceship: {
        int order = 0;
        if (runtime::compare(order, a, b) == Outcome::Threw)
            return Outcome::Threw;
        r = Value::integer(order);
        return Outcome::Ok;
    }
    default:
        break;
    }
    return Outcome::Ok;
}

} // namespace

Outcome apply_binary_operator(Opcode op, Value& r, const Value& a, const Value& b)
{
    return binary_operation(op, r, a, b);
}

Outcome binary_general(const Instruction* pc, Frame* fp)
{
    const Value& a = read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    const Value& b = read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
    Value r;
    Outcome outcome = binary_operation(pc->opcode, r, a, b);
    // Case and CaseStrict keep the switch or match subject (op1) alive for the next case.
    if (pc->opcode != Opcode::Case && pc->opcode != Opcode::CaseStrict)
        consume_op1<OperandKind::Any>(pc, fp);
    consume_op2<OperandKind::Any>(pc, fp);
    if (outcome == Outcome::Threw)
        return Outcome::Threw;
    return set_result(pc, fp, r);
}

Outcome unary_general(const Instruction* pc, Frame* fp)
{
    const Value& a = read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    Value r;
    Outcome outcome = pc->opcode == Opcode::Cast ? runtime::cast_value(r, a, static_cast<Type>(pc->op2))
                                                 : runtime::bitwise_not(r, a);
    consume_op1<OperandKind::Any>(pc, fp);
    if (outcome == Outcome::Threw)
        return Outcome::Threw;
    result_slot(pc, fp) = r;
    return Outcome::Ok;
}

} // namespace miniphp::vm

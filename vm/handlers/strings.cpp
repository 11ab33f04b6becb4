// General paths of the string handlers.
#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/string.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"

namespace miniphp::vm {

using runtime::Value;

// Calls `builtin` with op1 and op2 (when used) as arguments, as php's opcode for it would: its
// rules and messages, but no frame of its own in traces.
Outcome call_builtin_as_opcode(const runtime::BuiltinFunction* builtin, const Instruction* pc, Frame* fp)
{
    Value arguments[2];
    uint32_t argc = 0;
    if (pc->op1_kind != OperandKind::Unused) {
        runtime::copy_value(arguments[0], read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
        argc = 1;
    }
    if (pc->op2_kind != OperandKind::Unused) {
        runtime::copy_value(arguments[1], read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind));
        argc = 2;
    }
    consume_op1<OperandKind::Any>(pc, fp);
    consume_op2<OperandKind::Any>(pc, fp);
    Value r = Value::null();
    runtime::BuiltinCall call{builtin, arguments, argc, &r};
    Outcome outcome = runtime::call_builtin(call);
    runtime::release_nogc(arguments[0]);
    runtime::release_nogc(arguments[1]);
    if (outcome == Outcome::Threw)
        return Outcome::Threw;
    result_slot(pc, fp) = r;
    return Outcome::Ok;
}

// strlen of anything but a string (php's ZEND_STRLEN).
Outcome strlen_general(const Instruction* pc, Frame* fp)
{
    static const runtime::BuiltinFunction* const strlen_builtin = runtime::find_builtin("strlen");
    return call_builtin_as_opcode(strlen_builtin, pc, fp);
}

Outcome builtin_opcode(const Instruction* pc, Frame* fp)
{
    return call_builtin_as_opcode(fp->function->builtins[pc->extended], pc, fp);
}

} // namespace miniphp::vm

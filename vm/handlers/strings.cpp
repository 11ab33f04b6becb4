// General paths of the string handlers.
#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/string.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"

namespace miniphp::vm {

using runtime::Value;

// Other types follow the builtin's rules and messages, but with no frame of its own
// in traces, as with php's ZEND_STRLEN.
Outcome strlen_general(const Instruction* pc, Frame* fp)
{
    static const runtime::BuiltinFunction* const strlen_builtin = runtime::find_builtin("strlen");
    Value argument;
    runtime::copy_value(argument, read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
    consume_op1<OperandKind::Any>(pc, fp);
    Value length = Value::null();
    runtime::BuiltinCall call{strlen_builtin, &argument, 1, &length};
    Outcome outcome = runtime::call_builtin(call);
    runtime::release(argument);
    if (outcome == Outcome::Threw)
        return Outcome::Threw;
    result_slot(pc, fp) = length;
    return Outcome::Ok;
}

} // namespace miniphp::vm

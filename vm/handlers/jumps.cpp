// General path of the conditional jumps.
#include "runtime/conversions.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"

namespace miniphp::vm {

bool truth_general(const Instruction* pc, Frame* fp)
{
    bool truth = runtime::to_bool(read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
    consume_op1<OperandKind::Any>(pc, fp);
    return truth;
}

} // namespace miniphp::vm

// The loader: makes the executable form of compiled functions (bytecode.h), once
// per run. For every instruction it
//   - picks the specialised handler for what is known now (handler_shapes.h): the
//     operand kinds, a comparison fused with its jump, whether the result is used,
//     the operator of a compound assignment;
//   - turns operands into byte offsets: slots from the frame, literals and jump
//     targets from the instruction itself (the literals are copied behind the
//     code); an argument position into the offset of the callee's slot.
// It also computes the frame size and how many receives a call may skip.
#pragma once

#include "vm/bytecode.h"

namespace miniphp::vm {

void load(Function& function);
// The main code and every function of the script.
void load(Script& script);

} // namespace miniphp::vm

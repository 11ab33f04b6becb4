// The handlers' general paths: everything the inline fast paths of vm/handlers/*.h
// leave out (other operand types, warnings, errors, calls into runtime/), out of
// line so that the dispatch loop stays small. Each one reads the operand kinds from
// the instruction, follows the reading rules of operands.h, and is implemented in
// the .cpp file of its family. The caller has saved the pc.
#pragma once

#include "runtime/engine.h"
#include "vm/bytecode.h"
#include "vm/exec_state.h"
#include "vm/frame.h"

namespace miniphp::vm {

using runtime::Outcome;

// arithmetic.cpp: result = op1 OP op2 for every binary opcode (Case keeps its op1),
// and the unary ones (BitwiseNot, BoolNot, Bool, Cast, QmAssign).
Outcome binary_general(const Instruction* pc, Frame* fp);
Outcome unary_general(const Instruction* pc, Frame* fp);
// r = a OP b for any binary opcode (r must not alias a or b).
Outcome apply_binary_operator(Opcode op, runtime::Value& r, const runtime::Value& a, const runtime::Value& b);

// variables.cpp: compound assignment, ++/-- in all four forms, and the rest of the
// variable opcodes.
Outcome assign_op_general(const Instruction* pc, Frame* fp);
Outcome increment_general(const Instruction* pc, Frame* fp);
Outcome fetch_dimension_general(const Instruction* pc, Frame* fp);
Outcome fetch_constant(const Instruction* pc, Frame* fp);

// arrays.cpp: building arrays, writes through offsets, references, foreach.
// The slot a container operand names: a Cv, or the slot a FetchDimWrite Tmp points
// at (the raw slot: it may hold a Reference).
runtime::Value& container_slot(Frame* fp, uint32_t offset, OperandKind kind);
// The OpData after `pc` (the assigned value): taken for a new owner, dereferenced;
// or released unread.
runtime::Value take_op_data(const Instruction* pc, Frame* fp);
void release_op_data(const Instruction* pc, Frame* fp);
// Stores an owned value into a variable slot, through its reference if it holds
// one; the old value is released after (zend_assign_to_variable).
[[nodiscard]] Outcome assign_to(runtime::Value& slot, const runtime::Value& owned);
Outcome init_array(const Instruction* pc, Frame* fp);
Outcome add_array_element(const Instruction* pc, Frame* fp);
Outcome add_array_unpack(const Instruction* pc, Frame* fp);
Outcome fetch_list_element(const Instruction* pc, Frame* fp);
Outcome fetch_dimension_for_write(const Instruction* pc, Frame* fp);
Outcome assign_dimension(const Instruction* pc, Frame* fp);
Outcome assign_dimension_op(const Instruction* pc, Frame* fp);
Outcome unset_dimension(const Instruction* pc, Frame* fp);
Outcome increment_indirect(const Instruction* pc, Frame* fp);
// ++/-- of `variable` (through its reference) as the instruction's `extended` says
// (IncDecIndirect's: bit 0 decrements, 2 and up give the old value), the result
// stored if it is used.
Outcome increment_in_place(const Instruction* pc, Frame* fp, runtime::Value& variable);
// `slot op= operand` on a property's slot (instance or static) of type `typed` (null:
// untyped), checked as php checks typed properties and typed references.
Outcome assign_op_to_property_slot(Opcode op, runtime::Value& slot, const runtime::Value& operand,
                                   const runtime::PropertyInfo* typed);
Outcome increment_typed_reference(const Instruction* pc, Frame* fp, runtime::Reference* ref, bool increment,
                                  bool post);
// ++/-- of a typed property's slot holding a plain value (zend_incdec_typed_prop);
// `extended` as IncDecIndirect's.
Outcome increment_typed_property(const Instruction* pc, Frame* fp, runtime::Value& slot,
                                 const runtime::PropertyInfo& info);
Outcome assign_reference(const Instruction* pc, Frame* fp);
Outcome make_reference_of(const Instruction* pc, Frame* fp);
Outcome make_return_reference(const Instruction* pc, Frame* fp);
Outcome bind_global(const Instruction* pc, Frame* fp);
Outcome bind_static(const Instruction* pc, Frame* fp);
Outcome fetch_global(const Instruction* pc, Frame* fp);
Outcome fetch_global_write(const Instruction* pc, Frame* fp);
Outcome assign_global(const Instruction* pc, Frame* fp);
Outcome fetch_global_for_argument(const Instruction* pc, Frame* fp);
Outcome unset_global(const Instruction* pc, Frame* fp);
Outcome fetch_globals(const Instruction* pc, Frame* fp);
// foreach: false when the loop ends (or, for the resets, does not start).
bool foreach_reset(const Instruction* pc, Frame* fp);
bool foreach_reset_reference(const Instruction* pc, Frame* fp);
bool foreach_fetch(const Instruction* pc, Frame* fp);
bool foreach_fetch_reference(const Instruction* pc, Frame* fp);
void foreach_free(const Instruction* pc, Frame* fp);

// arguments.cpp: arguments whose passing depends on by-reference parameters.
bool callee_takes_reference(const Frame* call, uint32_t index);
Outcome send_reference_general(const Instruction* pc, Frame* fp);
Outcome send_variable_ex(const Instruction* pc, Frame* fp);
Outcome send_value_ex(const Instruction* pc, Frame* fp);
Outcome send_var_no_ref(const Instruction* pc, Frame* fp);
Outcome send_function_argument(const Instruction* pc, Frame* fp);
Outcome fetch_dimension_for_argument(const Instruction* pc, Frame* fp);

// jumps.cpp: the truth of op1 for any type (an undefined CV warns), op1 consumed.
bool truth_general(const Instruction* pc, Frame* fp);

// strings.cpp: strlen of anything but a string. (`.=` in place is
// runtime::concat_in_place.)
Outcome strlen_general(const Instruction* pc, Frame* fp);
// BuiltinOpcode: count() and the other builtins php compiles to an opcode of their own.
Outcome builtin_opcode(const Instruction* pc, Frame* fp);
// output.cpp: echo of any value; echo of op1 (warning, consuming).
void echo_value(const runtime::Value& v);
void echo_general(const Instruction* pc, Frame* fp);

// calls.cpp.
// InitCall's first run: finds the function (or throws "Call to undefined function")
// and rewrites the instruction into InitUserCall / InitBuiltinCall.
Outcome resolve_call(ExecState& state, Instruction* pc);
// DoUserCall's `extended`: the CVs to clear after the arguments, and this flag.
inline constexpr uint32_t kMovesExtraArguments = 1u << 31;
// A user function called with more arguments than parameters: moves the extra ones
// behind the Tmps and clears the slots they leave.
void move_extra_arguments(Frame* call);
void release_extra_arguments(Frame* frame);
// Releases the CVs of a returning frame from slot `first` on, in slot order.
void release_variables_from(Frame* frame, uint32_t first);
// Runs the builtin of `call` (a frame holding its arguments), then pops the frame.
Outcome call_builtin_frame(ExecState& state, Frame* caller, Frame* call, runtime::Value* result);
// CallBuiltin: takes the arguments from the instruction's operands (and its OpData),
// calls the builtin in a frame on the C++ stack, and stores the result (in a Tmp, or
// in a CV when fused with its assignment).
Outcome call_builtin_frameless(ExecState& state, const Instruction* pc, Frame* fp);
// Recv for a missing argument: ArgumentCountError.
Outcome too_few_arguments(Frame* fp);
void declare_function(ExecState& state, const Instruction* pc);

} // namespace miniphp::vm

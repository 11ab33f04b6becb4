// Sending arguments whose passing mode depends on the callee: by-reference
// parameters (`function f(&$x)`, sort's $array), decided at compile time when the
// callee is known and at run time otherwise (php's SEND_REF, SEND_VAR_EX,
// SEND_VAL_EX, SEND_VAR_NO_REF, SEND_FUNC_ARG).
#include "runtime/builtins/builtin.h"
#include "runtime/messages.h"
#include "vm/handlers/general.h"
#include "vm/handlers/objects.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/static_props.h"

namespace miniphp::vm {

using runtime::Reference;
using runtime::Value;

namespace {

// The name of parameter `index` of the call being set up, for messages.
std::string parameter_name(const Frame* call, uint32_t index)
{
    if (call->function != nullptr)
        return index < call->function->cv_names.size() ? call->function->cv_names[index] : std::string();
    std::string_view names = call->builtin->param_names;
    for (uint32_t i = 0; i < index; ++i) {
        size_t comma = names.find(',');
        if (comma == std::string_view::npos)
            return std::string();
        names.remove_prefix(comma + 1);
    }
    return std::string(names.substr(0, names.find(',')));
}

std::string callee_name(const Frame* call)
{
    return call->function != nullptr ? call->function->name : std::string(call->builtin->name);
}

Value& argument_slot(const Instruction* pc, Frame* fp) { return slot_at(fp->pending_call, pc->op2); }

uint32_t argument_index(const Instruction* pc) { return slot_index(pc->op2); }

// Sends the variable or element the container operand names, made a Reference.
void send_reference(const Instruction* pc, Frame* fp)
{
    Value& held = slot_at(fp, pc->op1);
    if (pc->op1_kind == OperandKind::Tmp && !held.is_indirect()) {
        // A value in the Tmp itself (what __get gave, a copy out of a dying temporary):
        // the argument takes it over in a reference of its own (FREE_OP1_VAR_PTR).
        Reference* ref = runtime::make_reference(held);
        argument_slot(pc, fp).copy_from(Value::reference(ref));
        held.clear_type();
        return;
    }
    Reference* ref = runtime::make_reference(container_slot(fp, pc->op1, pc->op1_kind));
    ++ref->header.refcount;
    argument_slot(pc, fp).copy_from(Value::reference(ref));
}

} // namespace

bool callee_takes_reference(const Frame* call, uint32_t index)
{
    if (call->function != nullptr)
        return index < call->function->param_by_ref.size() && call->function->param_by_ref[index];
    return call->builtin->takes_by_reference(index);
}

Outcome send_reference_general(const Instruction* pc, Frame* fp)
{
    send_reference(pc, fp);
    return Outcome::Ok;
}

Outcome send_variable_ex(const Instruction* pc, Frame* fp)
{
    if (callee_takes_reference(fp->pending_call, argument_index(pc)))
        send_reference(pc, fp);
    else
        take_into<OperandKind::Cv>(argument_slot(pc, fp), pc, fp, pc->op1, pc->op1_kind);
    return Outcome::Ok;
}

Outcome send_value_ex(const Instruction* pc, Frame* fp)
{
    Frame* call = fp->pending_call;
    uint32_t index = argument_index(pc);
    if (callee_takes_reference(call, index)) {
        consume_op1<OperandKind::Any>(pc, fp);
        return runtime::throw_error(runtime::msg::kind::Error,
                                    runtime::format(runtime::msg::CannotPassByReference, callee_name(call).c_str(),
                                                    index + 1, parameter_name(call, index).c_str()));
    }
    take_into<OperandKind::Any>(argument_slot(pc, fp), pc, fp, pc->op1, pc->op1_kind);
    return Outcome::Ok;
}

// A call's result given to a parameter: by reference it is accepted with a notice,
// in a reference of its own. `extended` 1: the callee was not known at compile time.
Outcome send_var_no_ref(const Instruction* pc, Frame* fp)
{
    Value v = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    bool by_reference = pc->extended == 0 || callee_takes_reference(fp->pending_call, argument_index(pc));
    if (by_reference) {
        runtime::notice(runtime::msg::OnlyVariablesByReference);
        if (!v.is_reference())
            v = Value::reference(Reference::create(v));
    }
    argument_slot(pc, fp).copy_from(v);
    return Outcome::Ok;
}

// After FetchDimFuncArg: an element pointer is sent by reference, a value as it is.
Outcome send_function_argument(const Instruction* pc, Frame* fp)
{
    Value& tmp = slot_at(fp, pc->op1);
    if (tmp.is_indirect()) {
        send_reference(pc, fp);
        tmp.clear_type();
        return Outcome::Ok;
    }
    take_into<OperandKind::Tmp>(argument_slot(pc, fp), pc, fp, pc->op1, pc->op1_kind);
    return Outcome::Ok;
}

// The FuncArg fetches: `f($a[k])`, `f($o->p)`, `f(A::$x)` for a callee not known at
// compile time fetch for writing when it takes the argument by reference, else read
// (FETCH_DIM_FUNC_ARG, FETCH_OBJ_FUNC_ARG, FETCH_STATIC_PROP_FUNC_ARG).
static bool argument_by_reference(const Instruction* pc, const Frame* fp)
{
    return callee_takes_reference(fp->pending_call, pc->extended >> kArgumentShift);
}

Outcome fetch_dimension_for_argument(const Instruction* pc, Frame* fp)
{
    return argument_by_reference(pc, fp) ? fetch_dimension_for_write(pc, fp) : fetch_dimension_general(pc, fp);
}

Outcome fetch_property_for_argument(const Instruction* pc, Frame* fp)
{
    return argument_by_reference(pc, fp) ? fetch_object_for_write(pc, fp) : fetch_object_property(pc, fp, false);
}

Outcome fetch_static_property_for_argument(ExecState& st, const Instruction* pc, Frame* fp)
{
    return argument_by_reference(pc, fp) ? fetch_static_property_for_write(st, pc, fp)
                                         : fetch_static_property(st, pc, fp);
}

} // namespace miniphp::vm

// Handlers of the array and reference opcodes. They all take their general path
// (arrays.cpp) at once: none has earned an inline fast path yet.
#pragma once

#include "runtime/array.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"
#include "vm/handlers/regs.h"
#include "vm/handlers/variables.h"

namespace miniphp::vm {

namespace handlers {

// An instruction followed by its OpData, which it has read.
template <class S>
[[gnu::always_inline]] inline Step array_general_with_data(Regs& r, Outcome (*general)(const Instruction*, Frame*))
{
    r.save_pc();
    const Instruction* pc = r.pc();
    if (general(pc, r.fp()) == Outcome::Threw)
        return Step::Throw;
    r.set_pc(pc + 2);
    return Step::Next;
}

// Jumps to op2 when `proceed` says the loop is over (or never starts).
template <class S>
[[gnu::always_inline]] inline Step foreach_step(Regs& r, bool (*proceed)(const Instruction*, Frame*))
{
    r.save_pc();
    const Instruction* pc = r.pc();
    bool go_on = proceed(pc, r.fp());
    if (runtime::engine().has_exception()) [[unlikely]]
        return Step::Throw;
    r.set_pc(go_on ? pc + 1 : jump_target(pc, pc->op2));
    return Step::Next;
}

// clang-format off
template <class S> [[gnu::always_inline]] inline Step InitArray(Regs& r)       { return general_only<S>(r, init_array); }
template <class S> [[gnu::always_inline]] inline Step AddArrayElement(Regs& r) { return general_only<S>(r, add_array_element); }
template <class S> [[gnu::always_inline]] inline Step AddArrayUnpack(Regs& r)  { return general_only<S>(r, add_array_unpack); }
template <class S> [[gnu::always_inline]] inline Step FetchListRead(Regs& r)   { return general_only<S>(r, fetch_list_element); }
template <class S> [[gnu::always_inline]] inline Step FetchDimWrite(Regs& r)   { return general_only<S>(r, fetch_dimension_for_write); }

template <class S> [[gnu::always_inline]] inline Step AssignDimOp(Regs& r)     { return array_general_with_data<S>(r, assign_dimension_op); }
template <class S> [[gnu::always_inline]] inline Step UnsetDim(Regs& r)        { return general_only<S>(r, unset_dimension); }
template <class S> [[gnu::always_inline]] inline Step IncDecIndirect(Regs& r)  { return general_only<S>(r, increment_indirect); }
template <class S> [[gnu::always_inline]] inline Step AssignRef(Regs& r)       { return general_only<S>(r, assign_reference); }
template <class S> [[gnu::always_inline]] inline Step MakeRef(Regs& r)         { return general_only<S>(r, make_reference_of); }
template <class S> [[gnu::always_inline]] inline Step FeReset(Regs& r)         { return foreach_step<S>(r, foreach_reset); }
template <class S> [[gnu::always_inline]] inline Step FeResetRef(Regs& r)      { return foreach_step<S>(r, foreach_reset_reference); }

template <class S> [[gnu::always_inline]] inline Step FeFetchRef(Regs& r)      { return foreach_step<S>(r, foreach_fetch_reference); }
template <class S> [[gnu::always_inline]] inline Step SendRef(Regs& r)         { return general_only<S>(r, send_reference_general); }
template <class S> [[gnu::always_inline]] inline Step SendVarNoRef(Regs& r)    { return general_only<S>(r, send_var_no_ref); }
template <class S> [[gnu::always_inline]] inline Step FetchDimFuncArg(Regs& r) { return general_only<S>(r, fetch_dimension_for_argument); }
template <class S> [[gnu::always_inline]] inline Step SendFuncArg(Regs& r)     { return general_only<S>(r, send_function_argument); }
template <class S> [[gnu::always_inline]] inline Step MakeReturnRef(Regs& r)   { return general_only<S>(r, make_return_reference); }
template <class S> [[gnu::always_inline]] inline Step BindGlobal(Regs& r)      { return general_only<S>(r, bind_global); }
template <class S> [[gnu::always_inline]] inline Step BindStatic(Regs& r)      { return general_only<S>(r, bind_static); }
template <class S> [[gnu::always_inline]] inline Step FetchGlobal(Regs& r)     { return general_only<S>(r, fetch_global); }
template <class S> [[gnu::always_inline]] inline Step FetchGlobalWrite(Regs& r) { return general_only<S>(r, fetch_global_write); }
template <class S> [[gnu::always_inline]] inline Step FetchGlobalFuncArg(Regs& r) { return general_only<S>(r, fetch_global_for_argument); }
template <class S> [[gnu::always_inline]] inline Step AssignGlobal(Regs& r)     { return array_general_with_data<S>(r, assign_global); }
template <class S> [[gnu::always_inline]] inline Step UnsetGlobal(Regs& r)      { return general_only<S>(r, unset_global); }
template <class S> [[gnu::always_inline]] inline Step FetchGlobals(Regs& r)    { return general_only<S>(r, fetch_globals); }
// clang-format on

// SendVarEx and SendValueEx to a user function without by-reference parameters (the
// usual callee not known at compile time, recursion among them) send as SendVariable
// and SendValue do.
template <class S>
[[gnu::always_inline]] inline Step SendVarEx(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Function* callee = fp->pending_call->function;
    if (callee != nullptr && !callee->has_by_ref_params) [[likely]] {
        take_into<OperandKind::Cv>(slot_at(fp->pending_call, pc->op2), pc, fp, pc->op1, pc->op1_kind);
        return r.next();
    }
    return general_only<S>(r, send_variable_ex);
}

template <class S>
[[gnu::always_inline]] inline Step SendValueEx(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Function* callee = fp->pending_call->function;
    if (callee != nullptr && !callee->has_by_ref_params) [[likely]] {
        take_into<OperandKind::Any>(slot_at(fp->pending_call, pc->op2), pc, fp, pc->op1, pc->op1_kind);
        return r.next();
    }
    return general_only<S>(r, send_value_ex);
}

// $cv[int] = v, $cv["key"] = v and $cv[] = v inline when $cv holds an unshared array
// (packed, for int keys and appends) and v is a plain value.
template <class S>
[[gnu::always_inline]] inline Step AssignDim(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    const Instruction* data = pc + 1;
    if (pc->op1_kind == OperandKind::Cv) {
        Value& container = slot_at(fp, pc->op1);
        const Value& value = fetch<OperandKind::Any>(data, fp, data->op1, data->op1_kind);
        if (container.is_array() && container.as_array()->header.refcount == 1 && !value.is_undef() &&
            !value.is_reference()) {
            runtime::Array* array = container.as_array();
            Value* slot = nullptr;
            if (pc->op2_kind == OperandKind::Unused) {
                slot = array->append_packed();
            } else if (const Value& offset = fetch<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind); offset.is_long()) {
                slot = array->find_packed(offset.as_long());
            } else if (offset.is_string()) {
                slot = array->lookup_or_insert_offset(offset.as_string());
                consume_op2<OperandKind::Any>(pc, fp);
            }
            if (slot != nullptr && runtime::holds_typed_reference(*slot)) [[unlikely]] {
                Value v;
                if (data->op1_kind == OperandKind::Tmp) {
                    v.copy_from(value);
                    slot_at(fp, data->op1).clear_type();
                } else {
                    runtime::copy_value(v, value);
                }
                r.save_pc();
                runtime::Reference* ref = slot->as_reference();
                Outcome outcome = runtime::assign_to_typed_reference(ref, v);
                if (pc->result_kind != OperandKind::Unused)
                    runtime::copy_value(result_slot(pc, fp), ref->value);
                if (outcome == Outcome::Threw)
                    return Step::Throw;
                r.set_pc(pc + 2);
                return Step::Next;
            }
            if (slot != nullptr) [[likely]] {
                slot = &runtime::deref(*slot);
                Value old;
                old.copy_from(*slot);
                if (data->op1_kind == OperandKind::Tmp) {
                    slot->copy_from(value);
                    slot_at(fp, data->op1).clear_type();
                } else {
                    runtime::copy_value(*slot, value);
                }
                if (pc->result_kind != OperandKind::Unused)
                    runtime::copy_value(result_slot(pc, fp), *slot);
                if (old.is_refcounted()) {
                    r.save_pc();
                    runtime::release(old);
                }
                r.set_pc(pc + 2);
                return Step::Next;
            }
        }
    }
    return array_general_with_data<S>(r, assign_dimension);
}

// The next element of a foreach by value inline when the array is packed and
// neither the element nor the variable is a reference.
template <class S>
[[gnu::always_inline]] inline Step FeFetch(Regs& r)
{
    const Instruction* pc = r.pc();
    Frame* fp = r.fp();
    Value& iterator = slot_at(fp, pc->op1);
    if (iterator.is_array() && iterator.as_array()->is_packed() && pc->result_kind == OperandKind::Cv) {
        runtime::Array* array = iterator.as_array();
        uint32_t pos = array->next_position(iterator.aux());
        if (pos >= array->used()) {
            r.set_pc(jump_target(pc, pc->op2));
            return Step::Next;
        }
        const Value& element = array->value_at(pos);
        Value& target = result_slot(pc, fp);
        if (!element.is_reference() && !target.is_reference()) [[likely]] {
            Value old;
            old.copy_from(target);
            runtime::copy_value(target, element);
            iterator.set_aux(pos + 1);
            if (pc->extended != kNoKey)
                slot_at(fp, pc->extended).copy_from(Value::integer(pos));
            if (old.is_refcounted()) {
                r.save_pc();
                runtime::release(old);
            }
            return r.next();
        }
    }
    return foreach_step<S>(r, foreach_fetch);
}

template <class S>
[[gnu::always_inline]] inline Step FeFree(Regs& r)
{
    foreach_free(r.pc(), r.fp());
    return r.next();
}

} // namespace handlers

} // namespace miniphp::vm

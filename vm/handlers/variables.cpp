// General paths of the variable handlers.
#include "runtime/array_access.h"
#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/object_dimension.h"
#include "runtime/operators.h"
#include "runtime/property_access.h"
#include "runtime/string_offset.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"

namespace miniphp::vm {

using runtime::Value;

namespace {

const Value kNull = Value::null();

bool dimension_isset_scalar(const Value& container, const Value& offset, bool empty);

// $container[$offset] for reading.
Outcome fetch_dimension(Value& r, const Value& container, const Value& offset, bool quiet)
{
    if (container.is_array()) {
        const Value* element = nullptr;
        if (runtime::read_element(container.as_array(), offset, quiet, element) == Outcome::Threw)
            return Outcome::Threw;
        if (element != nullptr)
            runtime::copy_value(r, *element);
        else
            r = Value::null();
        return Outcome::Ok;
    }
    if (container.is_string())
        return runtime::read_string_offset(r, container.as_string(), offset,
                                           quiet ? runtime::OffsetRead::Quiet : runtime::OffsetRead::Normal);
    if (container.is_object())
        return runtime::read_object_dimension(container.as_object(), offset, quiet, r);
    if (!quiet)
        runtime::warning(runtime::format(runtime::msg::ArrayOffsetOnScalar, runtime::zend_type_name(container)));
    r = Value::null();
    return Outcome::Ok;
}

// isset($container[$offset]) (or empty() when `empty`); scalars other than strings
// have no offsets at all.
Outcome dimension_isset(bool& answer, const Value& container, const Value& offset, bool empty)
{
    if (container.is_array()) {
        runtime::ArrayKey key;
        if (runtime::offset_to_key(offset, key, runtime::OffsetUse::Isset) == Outcome::Threw)
            return Outcome::Threw;
        const Value* found = container.as_array()->find(key);
        const Value* element = found != nullptr ? &runtime::deref(*found) : nullptr;
        bool set = element != nullptr && !element->is_null();
        answer = empty ? !(set && runtime::to_bool(*element)) : set;
        return Outcome::Ok;
    }
    if (container.is_object())
        return runtime::object_dimension_isset(container.as_object(), offset, empty, answer);
    answer = dimension_isset_scalar(container, offset, empty);
    return Outcome::Ok;
}

bool dimension_isset_scalar(const Value& container, const Value& offset, bool empty)
{
    if (container.is_string())
        return empty ? runtime::string_offset_empty(container.as_string(), offset)
                     : runtime::string_offset_isset(container.as_string(), offset);
    return empty;
}

} // namespace

const Value& undefined_variable(Frame* fp, uint32_t offset)
{
    runtime::warning(runtime::format(runtime::msg::UndefinedVariable,
                                     fp->function->cv_names[slot_index(offset)].c_str()));
    return kNull;
}

Outcome assign_op_general(const Instruction* pc, Frame* fp)
{
    // php reads the right-hand side before the variable (ZEND_ASSIGN_OP).
    const Value& b = read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
    Value& target = runtime::deref(slot_at(fp, pc->op1));
    const Value& a = target.is_undef() ? undefined_variable(fp, pc->op1) : target;
    Opcode op = static_cast<Opcode>(pc->extended);
    bool result_used = pc->result_kind != OperandKind::Unused;
    if (op == Opcode::Concat && runtime::concat_in_place(target, b)) {
        consume_op2<OperandKind::Any>(pc, fp);
        if (result_used)
            runtime::copy_value(result_slot(pc, fp), target);
        return Outcome::Ok;
    }
    if (op == Opcode::Add && target.is_array() && b.is_array()) {
        // add_function_array with the result in op1: the array is separated and
        // merged into (the old one loses an owner without becoming a possible root).
        if (target.as_array() != b.as_array())
            runtime::array_union_in_place(runtime::separate_array(target), b.as_array());
        consume_op2<OperandKind::Any>(pc, fp);
        if (result_used)
            runtime::copy_value(result_slot(pc, fp), target);
        return Outcome::Ok;
    }
    Value r;
    Outcome outcome = apply_binary_operator(op, r, a, b);
    consume_op2<OperandKind::Any>(pc, fp);
    if (outcome == Outcome::Threw) {
        if (runtime::holds_typed_reference(slot_at(fp, pc->op1))) // php stores the failed result, converted
            runtime::store_failed_operation_result(slot_at(fp, pc->op1).as_reference());
        return Outcome::Threw;
    }
    outcome = store_to_variable(slot_at(fp, pc->op1), r);
    if (result_used)
        runtime::copy_value(result_slot(pc, fp), target);
    return outcome;
}

// ++/-- of `value`, whose new value `finish(old)` checks (taking `old` over, and
// putting it back on failure); the old value is the result of a `post` one.
template <class Finish>
static Outcome checked_increment(const Instruction* pc, Frame* fp, Value& value, bool increment, bool post,
                                 Finish finish)
{
    bool result_used = pc->result_kind != OperandKind::Unused;
    Value old;
    runtime::copy_value(old, value);
    Outcome outcome = increment ? runtime::increment(value) : runtime::decrement(value);
    if (outcome == Outcome::Threw) {
        runtime::release(old);
        return Outcome::Threw;
    }
    if (post && result_used)
        runtime::copy_value(result_slot(pc, fp), old);
    outcome = finish(old);
    if (!post && result_used && outcome == Outcome::Ok)
        runtime::copy_value(result_slot(pc, fp), value);
    return outcome;
}

// Through a reference that typed properties hold (zend_incdec_typed_ref).
Outcome increment_typed_reference(const Instruction* pc, Frame* fp, runtime::Reference* ref, bool increment,
                                  bool post)
{
    return checked_increment(pc, fp, ref->value, increment, post, [&](Value old) {
        return runtime::finish_typed_reference_increment(ref, old, increment);
    });
}

Outcome increment_typed_property(const Instruction* pc, Frame* fp, Value& slot, const runtime::PropertyInfo& info)
{
    bool increment = pc->extended == 0 || pc->extended == 2;
    return checked_increment(pc, fp, slot, increment, pc->extended >= 2, [&](Value old) {
        return runtime::finish_typed_property_increment(info, slot, old, increment);
    });
}

Outcome increment_general(const Instruction* pc, Frame* fp)
{
    Value& variable = slot_at(fp, pc->op1);
    bool increment = pc->opcode == Opcode::PreInc || pc->opcode == Opcode::PostInc;
    if (runtime::holds_typed_reference(variable)) [[unlikely]]
        return increment_typed_reference(pc, fp, variable.as_reference(), increment,
                                         pc->opcode == Opcode::PostInc || pc->opcode == Opcode::PostDec);
    Value& target = runtime::deref(variable);
    if (target.is_undef()) {
        undefined_variable(fp, pc->op1);
        target = Value::null();
    }
    if (pc->opcode == Opcode::PostInc || pc->opcode == Opcode::PostDec) {
        Value old;
        runtime::copy_value(old, target);
        Outcome outcome = increment ? runtime::increment(target) : runtime::decrement(target);
        if (outcome == Outcome::Threw) {
            runtime::release(old);
            return Outcome::Threw;
        }
        result_slot(pc, fp) = old;
        return Outcome::Ok;
    }
    Outcome outcome = increment ? runtime::increment(target) : runtime::decrement(target);
    if (outcome == Outcome::Threw)
        return Outcome::Threw;
    if (pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), target);
    return Outcome::Ok;
}

Outcome fetch_dimension_general(const Instruction* pc, Frame* fp)
{
    if (pc->opcode == Opcode::IssetDim) {
        const Value& container = runtime::deref(fetch<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
        const Value& offset = read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
        bool answer = false;
        Outcome outcome = dimension_isset(answer, container, offset, pc->extended != 0);
        consume_op1<OperandKind::Any>(pc, fp);
        consume_op2<OperandKind::Any>(pc, fp);
        if (outcome == Outcome::Threw)
            return Outcome::Threw;
        result_slot(pc, fp).set_bool(answer);
        return Outcome::Ok;
    }
    bool quiet = pc->opcode == Opcode::FetchDimIsset;
    const Value& container = quiet ? runtime::deref(fetch<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind))
                                   : read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    const Value& offset = read<OperandKind::Any>(pc, fp, pc->op2, pc->op2_kind);
    Value r;
    Outcome outcome = fetch_dimension(r, container.is_undef() ? kNull : container, offset, quiet);
    consume_op1<OperandKind::Any>(pc, fp);
    consume_op2<OperandKind::Any>(pc, fp);
    if (outcome == Outcome::Threw)
        return Outcome::Threw;
    result_slot(pc, fp) = r;
    return Outcome::Ok;
}

Outcome fetch_constant(const Instruction* pc, Frame* fp)
{
    const Value& name = literal_at(pc, pc->op1);
    Value v;
    if (!runtime::find_builtin_constant(name.as_string()->view(), v))
        return runtime::throw_error(runtime::msg::kind::Error,
                                    runtime::format(runtime::msg::UndefinedConstant, name.as_string()->bytes));
    result_slot(pc, fp) = v;
    return Outcome::Ok;
}

} // namespace miniphp::vm

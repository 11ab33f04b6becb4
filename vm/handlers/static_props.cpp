// General paths of the static property handlers (zend_fetch_static_property_address).
#include "vm/handlers/static_props.h"

#include "runtime/class.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"

namespace miniphp::vm {

using runtime::Value;

namespace {

// The slot of the static property op2 of the class op1, as the code of `fp` may
// reach it; null with the Error thrown (unless `quiet`, for isset).
// The class op1 names: a literal name (self, parent, static included), or an
// object's class or a class name computed at run time (`$obj::$x`), consumed here.
const runtime::Class* class_operand(ExecState& st, const Instruction* pc, Frame* fp, std::string& class_name, bool& threw)
{
    threw = false;
    if (pc->op1_kind == OperandKind::Const) {
        class_name = std::string(literal_at(pc, pc->op1).as_string()->view());
        return resolve_class(st, fp, class_name, threw);
    }
    Value operand = take<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind);
    const Value& v = runtime::deref(operand);
    const runtime::Class* cls = nullptr;
    if (v.is_object()) {
        cls = v.as_object()->class_entry;
    } else if (v.is_string()) {
        class_name = std::string(v.as_string()->view());
        cls = st.classes.find_by_name(class_name);
    } else {
        (void)runtime::throw_error(runtime::msg::kind::Error, "Cannot use a scalar value as a class name");
        threw = true;
    }
    runtime::release_nogc(operand);
    return cls;
}

Value* static_property_slot(ExecState& st, const Instruction* pc, Frame* fp, bool quiet)
{
    std::string class_name;
    std::string_view name = literal_at(pc, pc->op2).as_string()->view();
    bool threw = false;
    const runtime::Class* cls = class_operand(st, pc, fp, class_name, threw);
    if (threw)
        return nullptr;
    if (cls == nullptr) {
        (void)runtime::throw_error(runtime::msg::kind::Error,
                                   runtime::format(runtime::msg::ClassNotFound, class_name.c_str()));
        return nullptr;
    }
    const runtime::StaticProperty* property = cls->find_static_property(name);
    if (property == nullptr) {
        if (!quiet)
            (void)runtime::throw_error(runtime::msg::kind::Error,
                                       runtime::format("Access to undeclared static property %s::$%s",
                                                       cls->name().c_str(), std::string(name).c_str()));
        return nullptr;
    }
    const runtime::Class* scope = scope_of(fp);
    bool visible = true;
    if (property->flags & runtime::AccPrivate)
        visible = property->declaring_class == scope;
    else if (property->flags & runtime::AccProtected)
        visible = runtime::is_protected_compatible_scope(property->declaring_class, scope);
    if (!visible) {
        if (!quiet)
            (void)runtime::throw_error(
                runtime::msg::kind::Error,
                runtime::format(runtime::msg::CannotAccessProperty,
                                (property->flags & runtime::AccPrivate) ? "private" : "protected",
                                cls->name().c_str(), std::string(name).c_str()));
        return nullptr;
    }
    return property->slot;
}

} // namespace

// extended 1: for isset/?? (no error, null when missing).
Outcome fetch_static_property(ExecState& st, const Instruction* pc, Frame* fp)
{
    bool quiet = pc->extended == 1;
    Value* slot = static_property_slot(st, pc, fp, quiet);
    if (slot == nullptr) {
        if (!quiet)
            return Outcome::Threw;
        result_slot(pc, fp).set_null();
        return Outcome::Ok;
    }
    runtime::copy_value(result_slot(pc, fp), runtime::deref(*slot));
    return Outcome::Ok;
}

Outcome fetch_static_property_for_write(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value* slot = static_property_slot(st, pc, fp, false);
    if (slot == nullptr)
        return Outcome::Threw;
    result_slot(pc, fp).copy_from(Value::indirect(slot));
    return Outcome::Ok;
}

// A::$x = value (extended 0), or A::$x <op>= value (extended: the operator's opcode).
Outcome assign_static_property(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value* slot = static_property_slot(st, pc, fp, false);
    if (slot == nullptr) {
        release_op_data(pc, fp);
        return Outcome::Threw;
    }
    if (pc->extended == 0) {
        Value value = take_op_data(pc, fp);
        if (pc->result_kind != OperandKind::Unused)
            runtime::copy_value(result_slot(pc, fp), value);
        assign_to(*slot, value);
        return Outcome::Ok;
    }
    const Instruction* data = pc + 1;
    const Value& operand = runtime::deref(read<OperandKind::Any>(data, fp, data->op1, data->op1_kind));
    Value& target = runtime::deref(*slot);
    Value r;
    Outcome outcome = apply_binary_operator(static_cast<Opcode>(pc->extended), r, target, operand);
    release_op_data(pc, fp);
    if (outcome == Outcome::Ok) {
        store(target, r);
        if (pc->result_kind != OperandKind::Unused)
            runtime::copy_value(result_slot(pc, fp), target);
    }
    return outcome;
}

// isset(A::$x), or empty(A::$x) when extended is 1.
Outcome isset_static_property(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value* slot = static_property_slot(st, pc, fp, true);
    if (slot == nullptr && runtime::engine().has_exception())
        return Outcome::Threw;
    bool set = slot != nullptr && !runtime::deref(*slot).is_null();
    if (pc->extended == 1)
        set = !set || !runtime::to_bool(runtime::deref(*slot));
    result_slot(pc, fp).copy_from(Value::boolean(set));
    return Outcome::Ok;
}

} // namespace miniphp::vm

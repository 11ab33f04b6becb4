// General paths of the static property handlers (zend_fetch_static_property_address).
#include "vm/handlers/static_props.h"

#include "runtime/class.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/property_access.h"
#include "runtime/typed_reference.h"
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

const runtime::StaticProperty* static_property(ExecState& st, const Instruction* pc, Frame* fp, bool quiet)
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
    return property;
}

Value* static_property_slot(ExecState& st, const Instruction* pc, Frame* fp, bool quiet)
{
    const runtime::StaticProperty* property = static_property(st, pc, fp, quiet);
    return property != nullptr ? property->slot : nullptr;
}

// A static property described as the checks of typed properties take one.
runtime::PropertyInfo info_of(const runtime::StaticProperty& property)
{
    runtime::PropertyInfo info;
    info.name = property.name;
    info.flags = property.flags;
    info.declaring_class = property.declaring_class;
    info.type = property.type;
    return info;
}

// zend_verify_property_type for a typed static property: `value` (owned) fits its
// type, maybe converted; php's TypeError otherwise.
Outcome verify_static_value(const runtime::StaticProperty& property, Value& value)
{
    return runtime::verify_property_value(info_of(property), value);
}

// Reading a typed static property nothing was assigned to yet.
Outcome throw_static_uninitialized(const runtime::StaticProperty& property)
{
    return runtime::throw_error(runtime::msg::kind::Error,
                                runtime::format("Typed static property %s::$%s must not be accessed before initialization",
                                                property.declaring_class->name().c_str(),
                                                std::string(property.name->view()).c_str()));
}

} // namespace

// extended 1: for isset/?? (no error, null when missing).
Outcome fetch_static_property(ExecState& st, const Instruction* pc, Frame* fp)
{
    bool quiet = pc->extended == 1;
    const runtime::StaticProperty* property = static_property(st, pc, fp, quiet);
    if (property == nullptr || (property->slot->is_undef() && property->type != nullptr)) {
        if (!quiet)
            return property == nullptr ? Outcome::Threw : throw_static_uninitialized(*property);
        result_slot(pc, fp).set_null();
        return Outcome::Ok;
    }
    runtime::copy_value(result_slot(pc, fp), runtime::deref(*property->slot));
    return Outcome::Ok;
}

// ++A::$x and friends (PRE_INC_STATIC_PROP...): a typed one is checked as a typed
// property's increment is, one bound to a typed reference as that reference's.
Outcome increment_static_property(ExecState& st, const Instruction* pc, Frame* fp)
{
    const runtime::StaticProperty* property = static_property(st, pc, fp, false);
    if (property == nullptr)
        return Outcome::Threw;
    Value& slot = *property->slot;
    if (property->info != nullptr && slot.is_undef())
        return throw_static_uninitialized(*property);
    if (property->info == nullptr || runtime::holds_typed_reference(slot))
        return increment_in_place(pc, fp, slot);
    return increment_typed_property(pc, fp, slot, *property->info);
}

Outcome fetch_static_property_for_write(ExecState& st, const Instruction* pc, Frame* fp)
{
    const runtime::StaticProperty* property = static_property(st, pc, fp, false);
    if (property == nullptr)
        return Outcome::Threw;
    Value* slot = property->slot;
    if ((pc->extended & kFetchForElementWrite) && property->type != nullptr) {
        runtime::PropertyInfo info = info_of(*property);
        if (!runtime::array_may_start_in(&info, *slot))
            return Outcome::Threw;
    }
    if (property->info != nullptr) {
        // A typed one made a reference, or about to be bound to one (typed_reference.h).
        if ((pc->extended & kFetchMakeReference) && runtime::make_typed_property_reference(*slot, property->info) == nullptr)
            return Outcome::Threw;
        if ((pc->extended & 3) == kFetchForReference)
            runtime::note_reference_target(slot, property->info);
    }
    result_slot(pc, fp).copy_from(Value::indirect(slot));
    return Outcome::Ok;
}

// A::$x = value (extended 0), or A::$x <op>= value (extended: the operator's opcode + 1).
Outcome assign_static_property(ExecState& st, const Instruction* pc, Frame* fp)
{
    const runtime::StaticProperty* property = static_property(st, pc, fp, false);
    if (property == nullptr) {
        release_op_data(pc, fp);
        return Outcome::Threw;
    }
    Value* slot = property->slot;
    if (pc->extended == 0) {
        Value value = take_op_data(pc, fp);
        if (property->type != nullptr && verify_static_value(*property, value) == Outcome::Threw) {
            runtime::release(value);
            return Outcome::Threw;
        }
        if (pc->result_kind != OperandKind::Unused)
            runtime::copy_value(result_slot(pc, fp), value);
        return assign_to(*slot, value);
    }
    if (property->type != nullptr && slot->is_undef()) {
        release_op_data(pc, fp);
        return throw_static_uninitialized(*property);
    }
    const Instruction* data = pc + 1;
    const Value& operand = runtime::deref(read<OperandKind::Any>(data, fp, data->op1, data->op1_kind));
    Outcome outcome =
        assign_op_to_property_slot(static_cast<Opcode>(pc->extended - 1), *slot, operand, property->info);
    release_op_data(pc, fp);
    if (outcome == Outcome::Ok && pc->result_kind != OperandKind::Unused)
        runtime::copy_value(result_slot(pc, fp), runtime::deref(*slot));
    return outcome;
}

// isset(A::$x), or empty(A::$x) when extended is 1.
Outcome isset_static_property(ExecState& st, const Instruction* pc, Frame* fp)
{
    Value* slot = static_property_slot(st, pc, fp, true);
    if (slot == nullptr && runtime::engine().has_exception())
        return Outcome::Threw;
    bool set = slot != nullptr && !runtime::deref(*slot).is_null() && !slot->is_undef();
    if (pc->extended == 1)
        set = !set || !runtime::to_bool(runtime::deref(*slot));
    result_slot(pc, fp).copy_from(Value::boolean(set));
    return Outcome::Ok;
}

} // namespace miniphp::vm

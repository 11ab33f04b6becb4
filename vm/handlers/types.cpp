// General paths of typed parameters and return values (zend_check_type_slow,
// zend_verify_arg_error, ZEND_VERIFY_RETURN_TYPE): class types resolved through the
// class table (and cached, as php's run-time cache slots keep them), static,
// callable, php's coercive-mode conversions, and the TypeErrors.
#include "vm/handlers/types.h"

#include "runtime/builtins/builtin.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/string.h"

namespace miniphp::vm {

using runtime::Class;
using runtime::TypeDecl;
using runtime::Value;
namespace TypeBit = runtime::TypeBit;

namespace {

// The class type `index` names, or null while no such class exists.
const Class* type_class(ExecState& st, const Function& function, const TypeDecl& type, size_t index)
{
    if (const Class* known = type.resolved[index])
        return known;
    const std::string& name = type.class_names[index];
    std::string lower = runtime::ascii_lower(name);
    const Class* found = nullptr;
    if (lower == "self")
        found = function.scope;
    else if (lower == "parent")
        found = function.scope != nullptr ? function.scope->parent() : nullptr;
    else
        found = st.classes.find(lower);
    type.resolved[index] = found;
    return found;
}

// zend_check_intersection_type_from_cache_slot: `cls` is an instance of every class
// of the intersection (none of which is self or parent).
bool is_instance_of_all(ExecState& st, const Class* cls, std::string_view intersection)
{
    for (std::string_view member : runtime::intersection_members(intersection)) {
        const Class* wanted = st.classes.find_by_name(member);
        if (wanted == nullptr || !cls->is_subclass_of_or_same(wanted))
            return false;
    }
    return true;
}

// What static:: names in the frame (zend_get_called_scope).
const Class* called_scope(const Frame* fp)
{
    if (fp->called_scope != nullptr)
        return fp->called_scope;
    if (fp->this_object != nullptr)
        return fp->this_object->class_entry;
    return fp->function->scope;
}

// zend_is_callable for what miniphp can call: a function's name, "Class::method",
// [object or class name, method name], and an object with __invoke (a Closure).
bool is_callable_value(ExecState& st, const Value& v)
{
    auto has_method = [](const Class* cls, std::string_view method) {
        return cls != nullptr && cls->find_method(runtime::ascii_lower(method)) != nullptr;
    };
    if (v.is_string()) {
        std::string_view name = v.as_string()->view();
        if (!name.empty() && name[0] == '\\')
            name.remove_prefix(1);
        size_t colons = name.find("::");
        if (colons != std::string_view::npos)
            return has_method(st.classes.find_by_name(name.substr(0, colons)), name.substr(colons + 2));
        std::string lower = runtime::ascii_lower(name);
        return st.functions.find(lower) != nullptr || runtime::find_builtin(lower) != nullptr;
    }
    if (v.is_array() && v.as_array()->size() == 2) {
        runtime::Array* pair = v.as_array();
        const Value* target = pair->find(int64_t{0});
        const Value* method = pair->find(int64_t{1});
        if (target == nullptr || method == nullptr || !runtime::deref(*method).is_string())
            return false;
        const Value& object = runtime::deref(*target);
        const Class* cls = object.is_object()   ? object.as_object()->class_entry
                           : object.is_string() ? st.classes.find_by_name(object.as_string()->view())
                                                : nullptr;
        return has_method(cls, runtime::deref(*method).as_string()->view());
    }
    // A closure, or any object with __invoke.
    if (v.is_object())
        return has_method(v.as_object()->class_entry, "__invoke");
    return false;
}

// zend_check_type after the quick test failed: `v` (no reference) is accepted as it
// is, or converted in place, or refused (false).
bool check_type(ExecState& st, const Frame* fp, const TypeDecl& type, Value& v)
{
    if (type.admits(v.type()))
        return true;
    if (v.is_object()) {
        const Class* cls = v.as_object()->class_entry;
        for (size_t i = 0; i < type.class_names.size(); ++i) {
            if (type.class_names[i].find('&') != std::string::npos) {
                if (is_instance_of_all(st, cls, type.class_names[i]))
                    return true;
                continue;
            }
            const Class* wanted = type_class(st, *fp->function, type, i);
            if (wanted != nullptr && cls->is_subclass_of_or_same(wanted))
                return true;
        }
        if (type.mask & TypeBit::Static) {
            const Class* scope = called_scope(fp);
            return scope != nullptr && cls->is_subclass_of_or_same(scope);
        }
    }
    if ((type.mask & TypeBit::Callable) && is_callable_value(st, v))
        return true;
    return runtime::coerce_scalar(type.mask, v);
}

// "f" or "A::m", as php names the function in these messages.
std::string function_name(const Function& function)
{
    return function.is_method ? function.class_name + "::" + function.name : function.name;
}

// The type as the messages print it: self and parent as the classes they are,
// static as the called class.
std::string type_text(const Frame* fp, const TypeDecl& type)
{
    const Class* scope = fp->function->scope;
    std::string self = scope != nullptr ? scope->name() : std::string();
    std::string parent = scope != nullptr && scope->parent() != nullptr ? scope->parent()->name() : std::string();
    const Class* called = (type.mask & TypeBit::Static) ? called_scope(fp) : nullptr;
    return runtime::type_to_string(type, self, parent, called != nullptr ? called->name() : std::string());
}

} // namespace

namespace {

// zend_verify_arg_error for argument `index` (from 0), named unless it is one a
// variadic parameter collects.
Outcome argument_type_error(const Frame* fp, uint32_t index, const TypeDecl& type, const Value& value)
{
    const Function& function = *fp->function;
    std::string name = function_name(function);
    std::string expected = type_text(fp, type);
    std::string given = runtime::given_type_name(value);
    const Frame* caller = fp->caller;
    bool user_caller = caller != nullptr && caller->function != nullptr;
    std::string text;
    if (index < function.num_params) {
        const std::string& parameter = function.cv_names[index];
        text = user_caller ? runtime::format(runtime::msg::ArgumentTypeError, name.c_str(), index + 1,
                                             parameter.c_str(), expected.c_str(), given.c_str(),
                                             caller->function->file.c_str(), caller->pc->line)
                           : runtime::format(runtime::msg::ArgumentTypeErrorNoCaller, name.c_str(), index + 1,
                                             parameter.c_str(), expected.c_str(), given.c_str());
    } else {
        text = user_caller ? runtime::format(runtime::msg::VariadicTypeError, name.c_str(), index + 1,
                                             expected.c_str(), given.c_str(), caller->function->file.c_str(),
                                             caller->pc->line)
                           : runtime::format(runtime::msg::VariadicTypeErrorNoCaller, name.c_str(), index + 1,
                                             expected.c_str(), given.c_str());
    }
    return runtime::throw_error(runtime::msg::kind::TypeError, std::move(text));
}

} // namespace

Outcome verify_parameter(ExecState& st, const Instruction* pc, Frame* fp)
{
    const TypeDecl& type = fp->function->param_types[pc->op1];
    Value& value = runtime::deref(result_slot(pc, fp));
    if (check_type(st, fp, type, value))
        return Outcome::Ok;
    if (runtime::engine().has_exception())
        return Outcome::Threw;
    return argument_type_error(fp, pc->op1, type, value);
}

Outcome receive_variadic(ExecState& st, const Instruction* pc, Frame* fp)
{
    const Function& function = *fp->function;
    Value& slot = result_slot(pc, fp);
    uint32_t first = function.num_params;
    if (fp->num_args <= first) {
        slot = Value::array(runtime::Array::empty());
        return Outcome::Ok;
    }
    const TypeDecl* type = pc->op1 < function.param_types.size() && function.param_types[pc->op1].is_set()
                               ? &function.param_types[pc->op1]
                               : nullptr;
    runtime::Array* collected = runtime::Array::create_packed(fp->num_args - first);
    slot = Value::array(collected); // what was collected goes with the frame if one fails
    for (uint32_t i = first; i < fp->num_args; ++i) {
        Value& argument = fp->slots()[fp->argument_slot(i)];
        if (type != nullptr && !type->admits(argument.type()) && !check_type(st, fp, *type, argument)) {
            if (runtime::engine().has_exception())
                return Outcome::Threw;
            return argument_type_error(fp, i, *type, argument);
        }
        runtime::copy_value(*collected->append(), argument);
    }
    return Outcome::Ok;
}

Outcome verify_return_value(ExecState& st, const Instruction* pc, Frame* fp)
{
    const TypeDecl& type = fp->function->return_type;
    Value* value = nullptr;
    Value undefined_as_null = Value::null();
    switch (pc->op1_kind) {
    case OperandKind::Const:
        value = &result_slot(pc, fp);
        runtime::copy_value(*value, literal_at(pc, pc->op1));
        break;
    case OperandKind::Cv: {
        Value& slot = slot_at(fp, pc->op1);
        if (slot.is_undef()) {
            (void)undefined_variable(fp, pc->op1);
            value = &undefined_as_null;
            break;
        }
        if (slot.is_reference()) {
            // A conversion must not reach the variable the reference is shared with:
            // the CV takes a copy of the value (php unwraps the reference).
            Value inner;
            runtime::copy_value(inner, slot.as_reference()->value);
            Value old = slot;
            slot = inner;
            runtime::release(old);
        }
        value = &slot;
        break;
    }
    default: value = &runtime::deref(slot_at(fp, pc->op1)); break;
    }
    if (check_type(st, fp, type, *value))
        return Outcome::Ok;
    if (runtime::engine().has_exception())
        return Outcome::Threw;
    return runtime::throw_error(runtime::msg::kind::TypeError,
                                runtime::format(runtime::msg::ReturnTypeError, function_name(*fp->function).c_str(),
                                                type_text(fp, type).c_str(), runtime::given_type_name(*value).c_str()));
}

Outcome missing_return_value(Frame* fp)
{
    const Function& function = *fp->function;
    if (function.return_type.mask & TypeBit::Never)
        return runtime::throw_error(runtime::msg::kind::TypeError,
                                    runtime::format(runtime::msg::NeverReturnedImplicitly,
                                                    function_name(function).c_str(),
                                                    function.is_method ? "method" : "function"));
    return runtime::throw_error(runtime::msg::kind::TypeError,
                                runtime::format(runtime::msg::ReturnTypeError, function_name(function).c_str(),
                                                type_text(fp, function.return_type).c_str(), "none"));
}

} // namespace miniphp::vm

// Class and object builtins (Zend/zend_builtin_functions.c: get_class,
// get_parent_class, get_object_vars, get_class_methods, method_exists,
// property_exists, class_exists, is_a, func_get_args, ...; ext/spl's spl_object_id
// and spl_object_hash; ext/standard/type.c's is_object and get_debug_type).
//
// What they need to know about the calling code (its class, its arguments) and
// which classes exist comes from the VM through ExecutionHooks.
#include <cstdio>
#include <vector>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/class.h"
#include "runtime/closure.h"
#include "runtime/conversions.h"
#include "runtime/exceptions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/property_access.h"
#include "runtime/property_table.h"
#include "runtime/reference.h"

namespace miniphp::runtime::builtins {

namespace {

ExecutionHooks& hooks() { return *engine().hooks(); }

const Class* lookup_class(std::string_view name) { return hooks().find_class(name); }

Value class_name_value(const Class* cls)
{
    Value name = Value::string(cls->name_string());
    add_ref(name);
    return name;
}

// Z_PARAM_OBJ: an object, else php's TypeError.
Outcome object_argument(ArgReader& args, uint32_t index, Object*& out)
{
    const Value& v = deref(args.at(index));
    if (!v.is_object())
        return args.type_error(index, "object");
    out = v.as_object();
    return Outcome::Ok;
}

// Z_PARAM_OBJ_OR_CLASS_NAME: an object's class, or the class a string names.
Outcome class_argument(ArgReader& args, uint32_t index, const Class*& out)
{
    const Value& v = deref(args.at(index));
    out = nullptr;
    if (v.is_object())
        out = v.as_object()->class_entry;
    else if (v.is_string())
        out = lookup_class(v.as_string()->view());
    if (out != nullptr)
        return Outcome::Ok;
    return args.argument_error(msg::kind::TypeError, index,
                               format(msg::MustBeObjectOrClassName, zend_type_name(v)));
}

// The arguments of method_exists() and property_exists(): object|string, where an
// unknown class name is no error (no class), then the member's name.
struct MemberQuery {
    const Class* cls = nullptr;
    Object* object = nullptr; // when an object was given
    StringArg name;
};

Outcome read_member_query(ArgReader& args, MemberQuery& query)
{
    const Value& v = deref(args.at(0));
    if (v.is_object()) {
        query.object = v.as_object();
        query.cls = query.object->class_entry;
    } else if (v.is_string()) {
        query.cls = lookup_class(v.as_string()->view());
    } else {
        return args.type_error(0, "object|string");
    }
    return args.get_string(1, query.name);
}

Outcome get_class_handler(BuiltinCall& call)
{
    ArgReader args(call);
    if (args.has(0)) {
        Object* object = nullptr;
        if (failed(object_argument(args, 0, object)))
            return Outcome::Threw;
        *call.result = class_name_value(object->class_entry);
        return Outcome::Ok;
    }
    const Class* scope = hooks().calling_scope();
    if (scope == nullptr)
        return throw_error(msg::kind::Error, msg::GetClassOutsideClass);
    *call.result = class_name_value(scope);
    return Outcome::Ok;
}

Outcome get_called_class_handler(BuiltinCall& call)
{
    const Class* called = hooks().calling_called_scope();
    if (called == nullptr)
        return throw_error(msg::kind::Error, msg::GetCalledClassOutsideClass);
    *call.result = class_name_value(called);
    return Outcome::Ok;
}

Outcome get_parent_class_handler(BuiltinCall& call)
{
    ArgReader args(call);
    const Class* cls = nullptr;
    if (args.has(0)) {
        if (failed(class_argument(args, 0, cls)))
            return Outcome::Threw;
    } else {
        cls = hooks().calling_scope();
    }
    if (cls != nullptr && cls->parent() != nullptr)
        *call.result = class_name_value(cls->parent());
    else
        *call.result = Value::boolean(false);
    return Outcome::Ok;
}

Outcome get_object_vars_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Object* object = nullptr;
    if (failed(object_argument(args, 0, object)))
        return Outcome::Threw;
    *call.result = Value::array(object_vars(object, hooks().calling_scope()));
    return Outcome::Ok;
}

// zend_std_get_method's rule, as get_class_methods applies it to every method.
bool method_visible_from(const Method& method, const Class* scope)
{
    if (method.flags & AccPublic)
        return true;
    if (scope == nullptr)
        return false;
    if (method.flags & AccPrivate)
        return method.scope == scope;
    return is_protected_compatible_scope(method.scope, scope);
}

Outcome get_class_methods_handler(BuiltinCall& call)
{
    ArgReader args(call);
    const Class* cls = nullptr;
    if (failed(class_argument(args, 0, cls)))
        return Outcome::Threw;
    const Class* scope = hooks().calling_scope();
    Array* names = Array::create();
    for (const Method* method : cls->method_order()) {
        // A Closure's __invoke is no entry of its function table (zend_closure_get_method
        // makes it up when called).
        if (cls == closure_class() && ascii_lower(method->name) == "__invoke")
            continue;
        if (method_visible_from(*method, scope))
            *names->append() = Value::string(InternTable::instance().intern(method->name)); // as php's names
    }
    *call.result = Value::array(names);
    return Outcome::Ok;
}

// ZEND_FUNCTION(method_exists): visibility does not matter, except that a class
// named by a string does not count the private methods it inherited.
bool method_exists_in(const MemberQuery& query)
{
    const Method* method = query.cls->find_method(ascii_lower(query.name.view()));
    return method != nullptr &&
           (query.object != nullptr || !(method->flags & AccPrivate) || method->scope == query.cls);
}

// ZEND_FUNCTION(property_exists): a declared property, static or not (not a
// parent's private one), or, for an object, one that exists on it as seen from the
// calling scope, null or not.
bool property_exists_in(const MemberQuery& query)
{
    const PropertyInfo* info = query.cls->find_property(query.name.view());
    if (info != nullptr && (!(info->flags & AccPrivate) || info->declaring_class == query.cls))
        return true;
    // Static properties are in php's properties_info too.
    const StaticProperty* static_info = query.cls->find_static_property(query.name.view());
    if (static_info != nullptr && (!(static_info->flags & AccPrivate) || static_info->declaring_class == query.cls))
        return true;
    if (query.object == nullptr)
        return false;
    PropertyLocation where = locate_property(query.cls, query.name.view(), hooks().calling_scope());
    const Value* slot = property_slot(query.object, where, query.name.string());
    return slot != nullptr && !slot->is_undef();
}

// An unknown class has no members.
template <bool (*Exists)(const MemberQuery&)>
Outcome member_exists_handler(BuiltinCall& call)
{
    ArgReader args(call);
    MemberQuery query;
    if (failed(read_member_query(args, query)))
        return Outcome::Threw;
    *call.result = Value::boolean(query.cls != nullptr && Exists(query));
    return Outcome::Ok;
}

// class_exists_impl: `required` flags set and `excluded` ones clear. The autoload
// argument is read (and type-checked) but there is no autoloader.
Outcome class_exists_common(BuiltinCall& call, uint32_t required, uint32_t excluded)
{
    ArgReader args(call);
    StringArg name;
    if (failed(args.get_string(0, name)))
        return Outcome::Threw;
    bool autoload = true;
    if (args.has(1) && failed(args.get_bool(1, autoload)))
        return Outcome::Threw;
    const Class* cls = lookup_class(name.view());
    *call.result = Value::boolean(cls != nullptr && (cls->flags() & required) == required &&
                                  (cls->flags() & excluded) == 0);
    return Outcome::Ok;
}

Outcome class_exists_handler(BuiltinCall& call) { return class_exists_common(call, 0, AccInterface); }
Outcome interface_exists_handler(BuiltinCall& call) { return class_exists_common(call, AccInterface, 0); }

Outcome function_exists_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg name;
    if (failed(args.get_string(0, name)))
        return Outcome::Threw;
    std::string_view text = name.view();
    if (!text.empty() && text[0] == '\\')
        text.remove_prefix(1);
    std::string lower = ascii_lower(text);
    *call.result = Value::boolean(hooks().find_user_function(lower) != nullptr || find_builtin(lower) != nullptr);
    return Outcome::Ok;
}

// is_a_impl: is_a() by default and is_subclass_of() always accept a class name;
// is_subclass_of() excludes the class itself.
Outcome is_a_common(BuiltinCall& call, bool only_subclass)
{
    ArgReader args(call);
    StringArg class_name;
    if (failed(args.get_string(1, class_name)))
        return Outcome::Threw;
    bool allow_string = only_subclass;
    if (args.has(2) && failed(args.get_bool(2, allow_string)))
        return Outcome::Threw;
    const Value& subject = deref(args.at(0));
    const Class* instance = nullptr;
    if (allow_string && subject.is_string())
        instance = lookup_class(subject.as_string()->view());
    else if (subject.is_object())
        instance = subject.as_object()->class_entry;
    bool result = false;
    if (instance != nullptr) {
        if (!only_subclass && instance->name() == class_name.view()) {
            result = true;
        } else {
            const Class* cls = lookup_class(class_name.view());
            result = cls != nullptr && !(only_subclass && cls == instance) && instance->is_subclass_of_or_same(cls);
        }
    }
    *call.result = Value::boolean(result);
    return Outcome::Ok;
}

Outcome is_a_handler(BuiltinCall& call) { return is_a_common(call, false); }
Outcome is_subclass_of_handler(BuiltinCall& call) { return is_a_common(call, true); }

Outcome spl_object_id_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Object* object = nullptr;
    if (failed(object_argument(args, 0, object)))
        return Outcome::Threw;
    *call.result = Value::integer(object->handle);
    return Outcome::Ok;
}

// php_spl_object_hash: the handle as 16 hex digits, then 16 zeros (php 8.1 dropped
// the random mask).
Outcome spl_object_hash_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Object* object = nullptr;
    if (failed(object_argument(args, 0, object)))
        return Outcome::Threw;
    char text[33];
    std::snprintf(text, sizeof(text), "%016llx%016llx", static_cast<unsigned long long>(object->handle), 0ULL);
    *call.result = string_value(text);
    return Outcome::Ok;
}

Outcome func_get_args_handler(BuiltinCall& call)
{
    std::vector<const Value*> arguments;
    if (!hooks().calling_arguments(arguments))
        return throw_error(msg::kind::Error, msg::FuncGetArgsFromGlobalScope);
    if (arguments.empty()) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    Array* array = Array::create_packed(static_cast<uint32_t>(arguments.size()));
    for (const Value* argument : arguments) {
        const Value& value = deref(*argument);
        if (value.is_undef())
            *array->append() = Value::null();
        else
            copy_value(*array->append(), value);
    }
    *call.result = Value::array(array);
    return Outcome::Ok;
}

Outcome func_num_args_handler(BuiltinCall& call)
{
    std::vector<const Value*> arguments;
    if (!hooks().calling_arguments(arguments))
        return throw_error(msg::kind::Error, msg::FuncNumArgsFromGlobalScope);
    *call.result = Value::integer(static_cast<int64_t>(arguments.size()));
    return Outcome::Ok;
}

Outcome is_object_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(deref(call.args[0]).is_object());
    return Outcome::Ok;
}

// is_countable(): an array, or an object its class can count (Countable, or a count
// handler as WeakMap's).
Outcome is_countable_handler(BuiltinCall& call)
{
    const Value& v = deref(call.args[0]);
    bool countable = v.is_array();
    if (v.is_object()) {
        const Class* cls = v.as_object()->class_entry;
        countable = cls->dimension_handlers() != nullptr || cls->is_subclass_of_or_same(find_builtin_class("countable"));
    }
    *call.result = Value::boolean(countable);
    return Outcome::Ok;
}

// is_iterable(): an array or a Traversable.
Outcome is_iterable_handler(BuiltinCall& call)
{
    const Value& v = deref(call.args[0]);
    *call.result = Value::boolean(v.is_array() ||
                                  (v.is_object() && v.as_object()->class_entry->is_subclass_of_or_same(
                                                        find_builtin_class("traversable"))));
    return Outcome::Ok;
}

// ZEND_FUNCTION(get_debug_type): the names of type declarations, and an object's
// class.
Outcome get_debug_type_handler(BuiltinCall& call)
{
    const Value& v = deref(call.args[0]);
    if (v.is_object()) {
        *call.result = class_name_value(v.as_object()->class_entry);
        return Outcome::Ok;
    }
    *call.result = Value::string(InternTable::instance().intern(zend_type_name(v)));
    return Outcome::Ok;
}

constexpr BuiltinFunction kClassFunctions[] = {
    {"get_class", get_class_handler, 0, 1, "object"},
    {"get_called_class", get_called_class_handler, 0, 0, ""},
    {"get_parent_class", get_parent_class_handler, 0, 1, "object_or_class"},
    {"get_object_vars", get_object_vars_handler, 1, 1, "object"},
    {"get_class_methods", get_class_methods_handler, 1, 1, "object_or_class"},
    {"method_exists", member_exists_handler<method_exists_in>, 2, 2, "object_or_class,method"},
    {"property_exists", member_exists_handler<property_exists_in>, 2, 2, "object_or_class,property"},
    {"class_exists", class_exists_handler, 1, 2, "class,autoload"},
    {"interface_exists", interface_exists_handler, 1, 2, "interface,autoload"},
    {"function_exists", function_exists_handler, 1, 1, "function"},
    {"is_a", is_a_handler, 2, 3, "object_or_class,class,allow_string"},
    {"is_subclass_of", is_subclass_of_handler, 2, 3, "object_or_class,class,allow_string"},
    {"spl_object_id", spl_object_id_handler, 1, 1, "object"},
    {"spl_object_hash", spl_object_hash_handler, 1, 1, "object"},
    {"func_get_args", func_get_args_handler, 0, 0, ""},
    {"func_num_args", func_num_args_handler, 0, 0, ""},
    {"is_object", is_object_handler, 1, 1, "value"},
    {"get_debug_type", get_debug_type_handler, 1, 1, "value"},
    {"is_countable", is_countable_handler, 1, 1, "value"},
    {"is_iterable", is_iterable_handler, 1, 1, "value"},
};

} // namespace

std::span<const BuiltinFunction> class_functions() { return kClassFunctions; }

} // namespace miniphp::runtime::builtins

#include "runtime/property_access.h"

#include <cstddef>

#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/builtins/builtin.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/string.h"
#include "runtime/type_decl.h"
#include "runtime/typed_reference.h"

namespace miniphp::runtime {

namespace {

const char* visibility_name(uint32_t flags)
{
    if (flags & AccPrivate)
        return "private";
    if (flags & AccProtected)
        return "protected";
    return "public";
}

// zend_get_parent_private_property: code of `scope`, an ancestor of `cls`, reaching
// its own private property that a child redeclared.
const PropertyInfo* parent_private_property(const Class* scope, const Class* cls, std::string_view name)
{
    if (scope == nullptr || scope == cls || !cls->is_subclass_of_or_same(scope))
        return nullptr;
    const PropertyInfo* info = scope->find_property(name);
    if (info != nullptr && (info->flags & AccPrivate) && info->declaring_class == scope)
        return info;
    return nullptr;
}

bool allows_dynamic_properties(const Class* cls)
{
    return cls->has_flag(AccAllowDynamicProperties) || cls->lower_name() == "stdclass";
}

Value* dynamic_slot(Object* object, String* name)
{
    if (object->properties == nullptr)
        return nullptr;
    return object->properties->find(name);
}

// A new dynamic property (null), after php 8.2's deprecation; null after the Error of
// a class that allows none (zend_forbidden_dynamic_property).
Value* create_dynamic(Object* object, String* name)
{
    if (object->class_entry->has_flag(AccNoDynamicProperties)) [[unlikely]] {
        (void)throw_error(msg::kind::Error, format(msg::CannotCreateDynamicProperty, object->class_entry->name().c_str(),
                                                   std::string(name->view()).c_str()));
        return nullptr;
    }
    if (!allows_dynamic_properties(object->class_entry)) {
        deprecated(format(msg::DynamicPropertyDeprecated, object->class_entry->name().c_str(),
                          std::string(name->view()).c_str()));
    }
    if (object->properties == nullptr)
        object->properties = Array::create();
    // php's table also holds the declared properties: it grows as theirs would.
    if (uint32_t declared = object->slot_count(); declared != 0)
        object->properties->reserve_hash(declared + object->properties->used() + 1);
    Value* slot = object->properties->lookup_or_insert(name);
    slot->set_null();
    return slot;
}

} // namespace

PropertyLocation locate_property(const Class* cls, std::string_view name, const Class* scope)
{
    const PropertyInfo* info = cls->find_property(name);
    if (info == nullptr)
        return {PropertyPlace::Dynamic, nullptr};
    uint32_t flags = info->flags;
    if ((flags & (AccPrivate | AccProtected | AccChanged)) == 0 || info->declaring_class == scope)
        return {PropertyPlace::Declared, info};
    if (flags & AccChanged) {
        if (const PropertyInfo* own = parent_private_property(scope, cls, name))
            return {PropertyPlace::Declared, own};
        if (flags & AccPublic)
            return {PropertyPlace::Declared, info};
    }
    if (flags & AccPrivate) {
        // A parent's private property is no property at all from elsewhere.
        if (info->declaring_class != cls)
            return {PropertyPlace::Dynamic, nullptr};
        return {PropertyPlace::Inaccessible, info};
    }
    if (!is_protected_compatible_scope(info->declaring_class, scope))
        return {PropertyPlace::Inaccessible, info};
    return {PropertyPlace::Declared, info};
}

uint32_t direct_property_offset(const Class* cls, std::string_view name, const Class* scope)
{
    PropertyLocation where = locate_property(cls, name, scope);
    // Typed and readonly properties check every write: they take the general path.
    if (where.place != PropertyPlace::Declared || (where.info->flags & (AccStatic | AccReadonly)) != 0 ||
        where.info->type != nullptr)
        return 0;
    return static_cast<uint32_t>(offsetof(Object, slots) + where.info->slot * sizeof(Value));
}

Value* property_slot(Object* object, const PropertyLocation& where, String* name)
{
    if (where.place == PropertyPlace::Declared)
        return &object->slots[where.info->slot];
    if (where.place == PropertyPlace::Dynamic)
        return dynamic_slot(object, name);
    return nullptr;
}

Outcome throw_inaccessible(const Object* object, const PropertyInfo& info)
{
    return throw_error(msg::kind::Error, format(msg::CannotAccessProperty, visibility_name(info.flags),
                                                object->class_entry->name().c_str(),
                                                std::string(info.name->view()).c_str()));
}

namespace {

PropertyTypeCheck g_type_check = nullptr;

// zend_get_property_guard: which magic methods are running for a property name of
// an object, so that __get reading the same property reads it for real.
enum Guard : int64_t { InGet = 1, InSet = 2, InUnset = 4, InIsset = 8 };

Value& guard_of(Object* object, String* name)
{
    Value& table = object->slots[object->slot_count()];
    if (!table.is_array())
        table.copy_from(Value::array(Array::create()));
    Value* entry = table.as_array()->lookup_or_insert(name);
    if (entry->is_undef())
        entry->copy_from(Value::integer(0));
    return *entry;
}

// Runs magic `method` of `object` on `args` unless `guard` is already set for the name.
// False when it did not run (recursion): the caller goes on as if there were none.
bool call_magic(Object* object, const Method* method, String* name, Guard guard, Value* args, uint32_t argc,
                Value& result, Outcome& outcome)
{
    if (method == nullptr || engine().hooks() == nullptr)
        return false;
    if ((guard_of(object, name).as_long() & guard) != 0)
        return false;
    guard_of(object, name).set_long(guard_of(object, name).as_long() | guard);
    Callable callable;
    callable.user = method->user;
    callable.builtin = method->builtin;
    callable.self = object;
    callable.called_scope = object->class_entry;
    ++object->header.refcount; // alive through the call
    result = Value::null();
    outcome = engine().hooks()->call(callable, args, argc, result);
    guard_of(object, name).set_long(guard_of(object, name).as_long() & ~guard);
    release(Value::object(object));
    return true;
}

bool call_get(Object* object, String* name, Value& result, Outcome& outcome)
{
    Value args[1] = {Value::string(name)};
    return call_magic(object, object->class_entry->magic_get(), name, InGet, args, 1, result, outcome);
}

} // namespace

void set_property_type_check(PropertyTypeCheck check) { g_type_check = check; }

bool property_type_accepts(const PropertyInfo& info, Value& value, bool strict)
{
    if (info.type == nullptr || info.type->admits(value.type()))
        return true;
    return g_type_check != nullptr && g_type_check(info, value, strict);
}

Outcome verify_property_value(const PropertyInfo& info, Value& value)
{
    if (property_type_accepts(info, value))
        return Outcome::Ok;
    return throw_error(msg::kind::TypeError,
                       format("Cannot assign %s to property %s::$%s of type %s", given_type_name(value).c_str(),
                              info.declaring_class->name().c_str(), std::string(info.name->view()).c_str(),
                              type_to_string(*info.type).c_str()));
}

bool value_of_failed_operation(const TypeDecl& type, Value& out)
{
    if (type.admits(Type::Long))
        out = Value::integer(0);
    else if (type.admits(Type::Double))
        out = Value::dbl(0.0);
    else if (type.admits(Type::String))
        out = Value::string(String::empty());
    else if (type.admits(Type::True) && type.admits(Type::False))
        out = Value::boolean(false);
    else
        return false;
    return true;
}

Outcome finish_typed_property_increment(const PropertyInfo& info, Value& value, Value old, bool increment)
{
    if (value.is_double() && old.is_long()) {
        if (info.type->admits(Type::Double))
            return Outcome::Ok;
        value.set_long(increment ? INT64_MAX : INT64_MIN);
        return throw_error(msg::kind::TypeError,
                           format("Cannot %s property %s::$%s of type %s past its %s value",
                                  increment ? "increment" : "decrement", info.declaring_class->name().c_str(),
                                  std::string(info.name->view()).c_str(), type_to_string(*info.type).c_str(),
                                  increment ? "maximal" : "minimal"));
    }
    if (verify_property_value(info, value) == Outcome::Threw) {
        release(value);
        value.copy_from(old);
        return Outcome::Threw;
    }
    release(old);
    return Outcome::Ok;
}

Outcome throw_readonly_modified(const PropertyInfo& info)
{
    return throw_error(msg::kind::Error, format("Cannot modify readonly property %s::$%s",
                                                info.declaring_class->name().c_str(),
                                                std::string(info.name->view()).c_str()));
}

Outcome check_readonly_write(const PropertyInfo& info, const Value& slot, const Class* scope)
{
    if (!(info.flags & AccReadonly))
        return Outcome::Ok;
    if (!slot.is_undef())
        return throw_readonly_modified(info);
    if (scope != info.declaring_class) {
        std::string where = scope != nullptr ? "scope " + scope->name() : std::string("global scope");
        return throw_error(msg::kind::Error,
                           format("Cannot initialize readonly property %s::$%s from %s",
                                  info.declaring_class->name().c_str(), std::string(info.name->view()).c_str(),
                                  where.c_str()));
    }
    return Outcome::Ok;
}

Outcome throw_uninitialized(const PropertyInfo& info)
{
    return throw_error(msg::kind::Error, format("Typed property %s::$%s must not be accessed before initialization",
                                                info.declaring_class->name().c_str(),
                                                std::string(info.name->view()).c_str()));
}

Outcome read_property(Object* object, String* name, const Class* scope, bool quiet, Value& result)
{
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    Value* slot = where.place == PropertyPlace::Inaccessible ? nullptr : property_slot(object, where, name);
    if (slot != nullptr && !slot->is_undef()) {
        copy_value(result, deref(*slot));
        return Outcome::Ok;
    }
    if (object->class_entry->magic_get() != nullptr && !(slot != nullptr && where.info != nullptr && where.info->type != nullptr)) {
        // zend_std_read_property: __get, after __isset for a quiet read.
        Outcome outcome = Outcome::Ok;
        if (quiet && object->class_entry->magic_isset() != nullptr) {
            Value set = Value::null();
            Value args[1] = {Value::string(name)};
            if (call_magic(object, object->class_entry->magic_isset(), name, InIsset, args, 1, set, outcome)) {
                bool exists = outcome == Outcome::Ok && to_bool(deref(set));
                release(set);
                if (!exists) {
                    result = Value::null();
                    return outcome;
                }
            }
        }
        Value got = Value::null();
        if (call_get(object, name, got, outcome)) {
            if (outcome == Outcome::Threw) {
                release(got);
                result = Value::null();
                return Outcome::Threw;
            }
            copy_value(result, deref(got));
            release(got);
            return Outcome::Ok;
        }
    }
    if (where.place == PropertyPlace::Inaccessible) {
        result = Value::null();
        if (quiet)
            return Outcome::Ok;
        return throw_inaccessible(object, *where.info);
    }
    if (slot != nullptr && slot->is_undef() && where.info != nullptr && where.info->type != nullptr) {
        result = Value::null();
        return quiet ? Outcome::Ok : throw_uninitialized(*where.info);
    }
    if (slot == nullptr || slot->is_undef()) {
        if (!quiet)
            warning(format(msg::UndefinedProperty, object->class_entry->name().c_str(),
                           std::string(name->view()).c_str()));
        result = Value::null();
        return Outcome::Ok;
    }
    copy_value(result, deref(*slot));
    return Outcome::Ok;
}


bool property_goes_to_get(Object* object, String* name, const Class* scope)
{
    if (object->class_entry->magic_get() == nullptr)
        return false;
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    Value* slot = where.place == PropertyPlace::Inaccessible ? nullptr : property_slot(object, where, name);
    if (slot != nullptr && !slot->is_undef())
        return false;
    // A typed property never initialized is not __get's (IS_PROP_UNINIT).
    if (slot != nullptr && where.info != nullptr && where.info->type != nullptr)
        return false;
    return (guard_of(object, name).as_long() & InGet) == 0;
}

bool array_may_start_in(const PropertyInfo* info, const Value& slot)
{
    const Value& value = deref(slot);
    if (!value.is_null() && !value.is_undef() && value.type() != Type::False)
        return true;
    if (info == nullptr || info->type == nullptr || info->type->admits(Type::Array))
        return true;
    (void)throw_error(msg::kind::TypeError, format("Cannot auto-initialize an array inside property %s::$%s of type %s",
                                               info->declaring_class->name().c_str(),
                                               std::string(info->name->view()).c_str(),
                                               type_to_string(*info->type).c_str()));
    return false;
}

Value* property_for_write(Object* object, String* name, const Class* scope, bool* overloaded, WriteFetch purpose)
{
    if (overloaded != nullptr && property_goes_to_get(object, name, scope)) {
        *overloaded = true;
        return nullptr;
    }
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    if (where.place == PropertyPlace::Inaccessible) {
        (void)throw_inaccessible(object, *where.info);
        return nullptr;
    }
    Value* slot = property_slot(object, where, name);
    if (slot == nullptr)
        return create_dynamic(object, name);
    if (where.info != nullptr && (where.info->flags & AccReadonly)) {
        // A readonly property cannot be written through or referenced.
        (void)throw_readonly_modified(*where.info);
        return nullptr;
    }
    if (purpose == WriteFetch::ElementWrite && !array_may_start_in(where.info, *slot))
        return nullptr;
    if (where.info != nullptr && where.info->type != nullptr) {
        if (purpose == WriteFetch::Reference) {
            const PropertyInfo* source = typed_slot_source_for_reference(object, where.info->slot);
            return make_typed_property_reference(*slot, source) != nullptr ? slot : nullptr;
        }
        if (purpose == WriteFetch::BindingTarget)
            note_reference_target(slot, typed_slot_source_for_reference(object, where.info->slot));
    }
    if (slot->is_undef())
        slot->set_null();
    return slot;
}

Outcome read_overloaded_for_write(Object* object, String* name, Value& result)
{
    Value got = Value::null();
    Outcome outcome = Outcome::Ok;
    result = Value::null();
    if (!call_get(object, name, got, outcome))
        return Outcome::Ok;
    if (outcome == Outcome::Threw) {
        release(got);
        return Outcome::Threw;
    }
    if (!got.is_reference() && !got.is_object())
        notice(format(msg::IndirectModificationOfProperty, object->class_entry->name().c_str(),
                      std::string(name->view()).c_str()));
    if (got.is_reference() && got.as_reference()->header.refcount == 1) {
        copy_value(result, got.as_reference()->value); // a reference held by nothing else
        release(got);
        return Outcome::Ok;
    }
    result.copy_from(got);
    return Outcome::Ok;
}

Outcome write_property(Object* object, String* name, const Class* scope, const Value& value)
{
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    Value* slot = where.place == PropertyPlace::Inaccessible ? nullptr : property_slot(object, where, name);
    if ((slot == nullptr || slot->is_undef()) && object->class_entry->magic_set() != nullptr) {
        // zend_std_write_property: __set for what is missing, unset or not visible.
        Value args[2] = {Value::string(name), value};
        Value ignored = Value::null();
        Outcome outcome = Outcome::Ok;
        bool called = call_magic(object, object->class_entry->magic_set(), name, InSet, args, 2, ignored, outcome);
        if (called) {
            release(ignored);
            release(value);
            return outcome;
        }
    }
    if (where.place == PropertyPlace::Inaccessible) {
        release(value);
        return throw_inaccessible(object, *where.info);
    }
    if (slot == nullptr) {
        // The deprecation may run an error handler one day: the value is kept aside.
        slot = create_dynamic(object, name);
        if (slot == nullptr) {
            release(value);
            return Outcome::Threw;
        }
    } else if (where.info != nullptr && where.info->type != nullptr) {
        if (check_readonly_write(*where.info, *slot, scope) == Outcome::Threw) {
            release(value);
            return Outcome::Threw;
        }
        Value checked = value;
        if (verify_property_value(*where.info, checked) == Outcome::Threw) {
            release(checked);
            return Outcome::Threw;
        }
        return assign_to_slot(*slot, checked);
    }
    return assign_to_slot(*slot, value);
}

Outcome unset_property(Object* object, String* name, const Class* scope)
{
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    bool exists = where.place == PropertyPlace::Declared ||
                  (where.place == PropertyPlace::Dynamic && object->properties != nullptr &&
                   object->properties->find(name) != nullptr);
    if (!exists && object->class_entry->magic_unset() != nullptr) {
        Value args[1] = {Value::string(name)};
        Value ignored = Value::null();
        Outcome outcome = Outcome::Ok;
        if (call_magic(object, object->class_entry->magic_unset(), name, InUnset, args, 1, ignored, outcome)) {
            release(ignored);
            return outcome;
        }
    }
    if (where.place == PropertyPlace::Inaccessible)
        return throw_inaccessible(object, *where.info);
    if (where.place == PropertyPlace::Declared) {
        if ((where.info->flags & AccReadonly) &&
            (!object->slots[where.info->slot].is_undef() || scope != where.info->declaring_class))
            return throw_error(msg::kind::Error, format("Cannot unset readonly property %s::$%s",
                                                        where.info->declaring_class->name().c_str(),
                                                        std::string(name->view()).c_str()));
        Value& slot = object->slots[where.info->slot];
        if (slot.is_reference() && where.info->type != nullptr)
            remove_type_source(slot.as_reference(), typed_slot_source(object, where.info->slot));
        release_and_clear(slot);
        return Outcome::Ok;
    }
    if (object->properties != nullptr && object->properties->find(name) != nullptr) {
        Value old;
        old.copy_from(*object->properties->find(name));
        object->properties->find(name)->clear_type();
        object->properties->remove(name);
        release(old);
    }
    return Outcome::Ok;
}

bool property_isset(Object* object, String* name, const Class* scope, bool check_empty)
{
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    Value* slot = where.place == PropertyPlace::Inaccessible ? nullptr : property_slot(object, where, name);
    if (slot != nullptr && !slot->is_undef()) {
        const Value& value = deref(*slot);
        if (value.is_null())
            return false;
        return !check_empty || to_bool(value);
    }
    // zend_std_has_property: __isset, and for empty() then __get.
    Value args[1] = {Value::string(name)};
    Value set = Value::null();
    Outcome outcome = Outcome::Ok;
    if (!call_magic(object, object->class_entry->magic_isset(), name, InIsset, args, 1, set, outcome))
        return false;
    bool result = outcome == Outcome::Ok && to_bool(deref(set));
    release(set);
    if (result && check_empty) {
        Value got = Value::null();
        if (call_get(object, name, got, outcome))
            result = outcome == Outcome::Ok && to_bool(deref(got));
        release(got);
    }
    return result;
}

Outcome property_name(const Value& name, String*& out)
{
    Value text = to_string(deref(name));
    if (engine().has_exception()) {
        release(text);
        return Outcome::Threw;
    }
    out = text.as_string(); // the caller's reference now
    return Outcome::Ok;
}

} // namespace miniphp::runtime

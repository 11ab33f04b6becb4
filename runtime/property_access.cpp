#include "runtime/property_access.h"

#include <cstddef>

#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/string.h"

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

// A new dynamic property (null), after php 8.2's deprecation.
Value* create_dynamic(Object* object, String* name)
{
    if (!allows_dynamic_properties(object->class_entry)) {
        deprecated(format(msg::DynamicPropertyDeprecated, object->class_entry->name().c_str(),
                          std::string(name->view()).c_str()));
    }
    if (object->properties == nullptr)
        object->properties = Array::create();
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
    if (where.place != PropertyPlace::Declared || (where.info->flags & (AccStatic | AccReadonly)) != 0)
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

Outcome read_property(Object* object, String* name, const Class* scope, bool quiet, Value& result)
{
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    if (where.place == PropertyPlace::Inaccessible) {
        result = Value::null();
        if (quiet)
            return Outcome::Ok;
        return throw_inaccessible(object, *where.info);
    }
    Value* slot = property_slot(object, where, name);
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

Value* property_for_write(Object* object, String* name, const Class* scope)
{
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    if (where.place == PropertyPlace::Inaccessible) {
        (void)throw_inaccessible(object, *where.info);
        return nullptr;
    }
    Value* slot = property_slot(object, where, name);
    if (slot == nullptr)
        return create_dynamic(object, name);
    if (slot->is_undef())
        slot->set_null();
    return slot;
}

Outcome write_property(Object* object, String* name, const Class* scope, const Value& value)
{
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    if (where.place == PropertyPlace::Inaccessible) {
        release(value);
        return throw_inaccessible(object, *where.info);
    }
    Value* slot = property_slot(object, where, name);
    if (slot == nullptr) {
        // The deprecation may run an error handler one day: the value is kept aside.
        slot = create_dynamic(object, name);
    }
    Value& target = deref(*slot);
    Value old;
    old.copy_from(target);
    target.copy_from(value);
    release(old);
    return Outcome::Ok;
}

Outcome unset_property(Object* object, String* name, const Class* scope)
{
    PropertyLocation where = locate_property(object->class_entry, name->view(), scope);
    if (where.place == PropertyPlace::Inaccessible)
        return throw_inaccessible(object, *where.info);
    if (where.place == PropertyPlace::Declared) {
        release_and_clear(object->slots[where.info->slot]);
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
    Value* slot = property_slot(object, where, name);
    if (slot == nullptr)
        return false;
    const Value& value = deref(*slot);
    if (value.is_undef() || value.is_null())
        return false;
    return !check_empty || to_bool(value);
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

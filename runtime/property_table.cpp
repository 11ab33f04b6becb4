#include "runtime/property_table.h"

#include <string>

#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/property_access.h"
#include "runtime/reference.h"
#include "runtime/string.h"

namespace miniphp::runtime {

String* mangled_property_name(const PropertyInfo& info)
{
    if (info.flags & AccPublic)
        return info.name;
    std::string key(1, '\0');
    key += (info.flags & AccPrivate) ? std::string_view(info.declaring_class->name()) : std::string_view("*");
    key += '\0';
    key += info.name->view();
    return InternTable::instance().intern(key);
}

// zend_unmangle_property_name_ex: a key that does not start with NUL, or whose
// class part is not closed by a second NUL, is a plain name.
UnmangledName unmangle_property_name(std::string_view key)
{
    if (key.size() < 2 || key[0] != '\0')
        return {{}, key};
    size_t end = key.find('\0', 1);
    if (end == std::string_view::npos)
        return {{}, key};
    return {key.substr(1, end - 1), key.substr(end + 1)};
}

// zend_check_property_access, with the name resolved from `scope` as
// zend_get_property_info does (locate_property). A declared property's entry is
// seen when the name resolves to a property at all, and: for a public one, to a
// public one; for a protected one, to any (so from a parent, a child's protected
// redeclaration of the parent's private property is seen beside it); for a private
// one, to a private one of the same class. A dynamic property is seen unless its
// name resolves to a declared property that is not public or not accessible.
bool property_accessible(const Object* object, const PropertyEntry& entry, const Class* scope)
{
    const Class* cls = object->class_entry;
    if (entry.info == nullptr) {
        if (!entry.key.is_string())
            return true;
        std::string_view name = entry.key.string->view();
        if (!name.empty() && name[0] == '\0')
            return true;
        PropertyLocation where = locate_property(cls, name, scope);
        if (where.place == PropertyPlace::Dynamic)
            return true;
        return where.place == PropertyPlace::Declared && (where.info->flags & AccPublic) != 0;
    }
    PropertyLocation where = locate_property(cls, entry.info->name->view(), scope);
    if (where.place != PropertyPlace::Declared)
        return false;
    if (entry.info->flags & AccPublic)
        return (where.info->flags & AccPublic) != 0;
    if (entry.info->flags & AccProtected)
        return true;
    return (where.info->flags & AccPrivate) != 0 && where.info->declaring_class == entry.info->declaring_class;
}

bool next_visible_property(Object* object, const Class* scope, uint32_t& pos, IteratedProperty& out)
{
    const std::vector<PropertyInfo>& declared = object->class_entry->slot_properties();
    const uint32_t slots = static_cast<uint32_t>(declared.size());
    for (; pos < slots; ++pos) {
        Value& value = object->slots[pos];
        if (value.is_undef())
            continue;
        PropertyEntry entry{&declared[pos], ArrayKey::of_string(declared[pos].name), &value};
        if (property_accessible(object, entry, scope)) {
            out = {&value, entry.key, entry.info};
            ++pos;
            return true;
        }
    }
    Array* dynamic = object->properties;
    if (dynamic == nullptr)
        return false;
    for (uint32_t at = dynamic->next_position(pos - slots); at < dynamic->used();
         at = dynamic->next_position(at + 1)) {
        PropertyEntry entry{nullptr, dynamic->key_at(at), &dynamic->value_at(at)};
        if (property_accessible(object, entry, scope)) {
            out = {&dynamic->value_at(at), entry.key, nullptr};
            pos = slots + at + 1;
            return true;
        }
    }
    pos = slots + dynamic->used();
    return false;
}

namespace {

// Stores a copy of `value` under `slot` (new or replacing), as zend_hash_update
// with zval_add_ref's unwrapping of a lone reference.
void store_copy(Value* slot, const Value& value)
{
    Value old;
    old.copy_from(*slot);
    copy_unwrapping_lone_reference(*slot, value);
    if (!old.is_undef())
        release(old);
}

// The slot of a dynamic property's key in a symbol table: a numeric name is an int
// key there (ZEND_HANDLE_NUMERIC_STR).
Value* symtable_slot(Array* array, ArrayKey key)
{
    if (!key.is_string())
        return array->lookup_or_insert(key.number);
    return array->lookup_or_insert_offset(key.string);
}

} // namespace

// ZEND_CAST to array of an object: zend_std_get_properties_for(ZEND_PROP_PURPOSE_ARRAY_CAST)
// and zend_proptable_to_symtable.
Array* object_to_array(const Object* object)
{
    // php 8.2's ZEND_CAST builds the array straight from the slots when the object
    // has no property table, and makes none.
    std::vector<PropertyEntry> entries = list_properties(object);
    Array* array = Array::create(static_cast<uint32_t>(entries.size()));
    for (const PropertyEntry& entry : entries) {
        Value* slot = entry.info != nullptr ? array->lookup_or_insert(mangled_property_name(*entry.info))
                                            : symtable_slot(array, entry.key);
        store_copy(slot, *entry.value);
    }
    return array;
}

// ZEND_FUNCTION(get_object_vars).
Array* object_vars(const Object* object, const Class* scope)
{
    build_property_table(object);
    std::vector<PropertyEntry> entries = list_properties(object);
    Array* array = Array::create(static_cast<uint32_t>(entries.size()));
    for (const PropertyEntry& entry : entries) {
        if (!property_accessible(object, entry, scope))
            continue;
        // zend_hash_str_add_new: from a parent, a child's protected redeclaration of the
        // parent's private property is a second entry under the same name.
        Value* slot = entry.info != nullptr ? array->insert_new(entry.info->name) : symtable_slot(array, entry.key);
        store_copy(slot, *entry.value);
    }
    return array;
}

// zend_symtable_to_proptable, always copying (see the top of property_table.h).
Array* array_to_properties(const Array* array)
{
    Array* properties = Array::create(array->size());
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        ArrayKey key = array->key_at(pos);
        Value* slot;
        if (key.is_string()) {
            slot = properties->lookup_or_insert(key.string);
        } else {
            String* name = String::create(std::to_string(key.number));
            slot = properties->lookup_or_insert(name);
            release(Value::string(name));
        }
        store_copy(slot, array->value_at(pos));
    }
    return properties;
}

// ZEND_CAST to object.
Object* object_from_value(const Value& value)
{
    const Class* std_class = engine().hooks()->find_class("stdClass");
    Object* object = Object::create(std_class);
    if (value.is_array()) {
        object->properties = array_to_properties(value.as_array());
    } else if (!value.is_null() && !value.is_undef()) {
        object->properties = Array::create(1);
        copy_value(*object->properties->lookup_or_insert(InternTable::instance().intern("scalar")), value);
    }
    return object;
}

} // namespace miniphp::runtime

// The properties table view of an object: what php's zend_object::properties shows
// to code that walks an object as an array (the (array) and (object) casts,
// get_object_vars(), foreach, clone).
//
// php keys a declared property in that table by its mangled name (Zend's
// zend_mangle_property_name): "\0Class\0name" for a private one, "\0*\0name" for a
// protected one, the plain name for a public one; dynamic properties use their
// names as they are, numeric-looking ones included ("12" stays a string key, which
// is why (array) converts keys back: zend_proptable_to_symtable, and (object)
// converts int keys to strings: zend_symtable_to_proptable). miniphp keeps the
// declared properties in their slots and the dynamic ones in Object::properties
// (see object.h); the functions here produce the keys php would show.
//
// Which properties code sees depends on its scope (zend_check_property_access): a
// private property only from its own class, a protected one from related classes.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace miniphp::runtime {

class Class;
struct PropertyInfo;

// The properties table key of a declared property, interned.
String* mangled_property_name(const PropertyInfo& info);

// zend_unmangle_property_name_ex: the class part ("*" for protected, empty for a
// plain name) and the property name of a properties-table key.
struct UnmangledName {
    std::string_view class_name;
    std::string_view name;
};
UnmangledName unmangle_property_name(std::string_view key);

// zend_check_property_access: code running in `scope` (null: outside any class)
// sees `entry` (from list_properties) when it walks the object.
bool property_accessible(const Object* object, const PropertyEntry& entry, const Class* scope);

// foreach over an object walks its properties table in place, as php's
// FE_FETCH_R/FE_FETCH_RW do: a property added during the loop is reached, one
// unset before its turn is skipped. A position counts the declared slots first,
// then the positions of the dynamic properties.
struct IteratedProperty {
    Value* slot;
    ArrayKey key;              // the plain name (a dynamic property's key as it is)
    const PropertyInfo* info;  // a declared property's, null for a dynamic one
};
// The next property from `pos` on that code of `scope` sees; `pos` is left past
// it. False at the end.
bool next_visible_property(Object* object, const Class* scope, uint32_t& pos, IteratedProperty& out);

// (array) $object: every property under its mangled key, numeric dynamic names
// becoming int keys; a reference only the object held becomes its value. A new
// array (count 1).
Array* object_to_array(const Object* object);

// get_object_vars($object) from `scope`: the accessible properties under their
// plain names. A new array (count 1).
Array* object_vars(const Object* object, const Class* scope);

// The properties table an (object) cast gives a stdClass for `array`: int keys
// become their decimal strings. A new array (count 1).
Array* array_to_properties(const Array* array);

// (object) $value for anything but an object: a stdClass holding an array's
// elements (array_to_properties), nothing for null, or the value as its property
// "scalar". A new object (count 1).
Object* object_from_value(const Value& value);

} // namespace miniphp::runtime

// Properties of objects as php 8.2's standard object handlers treat them
// (zend_std_read_property, zend_std_write_property, zend_std_get_property_ptr_ptr,
// zend_std_has_property, zend_std_unset_property in Zend/zend_object_handlers.c):
// which slot a name denotes for code of a given scope (zend_get_property_offset),
// the visibility errors, dynamic properties and their 8.2 deprecation, and the
// warnings for undefined ones.
#pragma once

#include "runtime/engine.h"
#include "runtime/value.h"

namespace miniphp::runtime {

class Class;
struct Object;
struct PropertyInfo;
struct TypeDecl;

enum class PropertyPlace { Declared, Dynamic, Inaccessible };

struct PropertyLocation {
    PropertyPlace place = PropertyPlace::Dynamic;
    const PropertyInfo* info = nullptr; // the declared property (also when inaccessible)
};

// Where `name` lives in objects of `cls` for code running in `scope` (null: outside
// any class). zend_get_property_offset.
PropertyLocation locate_property(const Class* cls, std::string_view name, const Class* scope);

// The byte offset from an object's start of the declared slot `name` denotes in
// objects of `cls` for code of `scope`, when code may read and write that slot
// directly while it holds a value, as php caches a property's offset per
// instruction (zend_get_property_offset's result in the run-time cache): a declared
// property accessible from `scope`, neither static nor readonly. 0 when not (a
// dynamic or inaccessible property): every access then takes the paths below.
// Whatever makes a declared property's writes more than a store must be excluded
// here (a type to coerce to, readonly), as readonly is.
uint32_t direct_property_offset(const Class* cls, std::string_view name, const Class* scope);

// The slot of a located property in `object`: a declared slot (maybe Undef once
// unset) or a dynamic entry; nullptr when it has none.
Value* property_slot(Object* object, const PropertyLocation& where, String* name);

// "Cannot access private property A::$x" (Error).
Outcome throw_inaccessible(const Object* object, const PropertyInfo& info);

// $object->name for reading: stores an owned copy of the value (dereferenced) in
// `result`; an undefined property gives null after php's warning (none if quiet).
Outcome read_property(Object* object, String* name, const Class* scope, bool quiet, Value& result);
// $object->name = value (`value` owned, given over); the old value is released after.
Outcome write_property(Object* object, String* name, const Class* scope, const Value& value);
// The slot of $object->name for a nested write or a reference, created as null when
// missing (with the dynamic-property deprecation); nullptr when an error is pending.
// Given `overloaded`, it is set instead (and nullptr returned) where php goes to
// __get (zend_std_get_property_ptr_ptr giving NULL): the property is missing, unset
// or not visible, and the class's __get is not running for it.
enum class WriteFetch {
    Write,
    // An element is written next, which a typed property holding no array may refuse
    // ("Cannot auto-initialize an array inside property ...").
    ElementWrite,
    // The slot is made a reference (`&$o->p`, a by-reference argument): a typed
    // property becomes one of its sources (php's ZEND_FETCH_REF).
    Reference,
    // The slot is bound to a reference next (`$o->p = &$x`): a typed property is
    // noted for that binding (typed_reference.h).
    BindingTarget,
};
Value* property_for_write(Object* object, String* name, const Class* scope, bool* overloaded = nullptr,
                          WriteFetch purpose = WriteFetch::Write);
// zend_handle_fetch_obj_flags for ZEND_FETCH_DIM_WRITE: before an element is written
// into a property (`info`, null for a dynamic one) whose `slot` holds null, nothing
// or false, which becomes an array, a typed property's type must admit one: false
// after php's TypeError "Cannot auto-initialize an array inside property ...".
bool array_may_start_in(const PropertyInfo* info, const Value& slot);
// True where a write through $object->name goes to __get (see property_for_write).
bool property_goes_to_get(Object* object, String* name, const Class* scope);
// What __get gives for a write through it (read_property with BP_VAR_W), owned: a
// reference stays one, so that writes reach what it refers to; a value that is
// neither brings php's notice that writing to it changes nothing.
Outcome read_overloaded_for_write(Object* object, String* name, Value& result);
// unset($object->name).
Outcome unset_property(Object* object, String* name, const Class* scope);
// isset($object->name) (or !empty when `check_empty`).
bool property_isset(Object* object, String* name, const Class* scope, bool check_empty);

// Typed properties. The VM supplies the check of a value against a property's type
// (class types need its class table): true when `value` has the type or was
// converted to it in place.
// `strict`: no conversion but int to float (a catch variable, strict_types).
using PropertyTypeCheck = bool (*)(const PropertyInfo& info, Value& value, bool strict);
void set_property_type_check(PropertyTypeCheck check);
// `value` fits the typed property `info`, or was converted to it in place.
bool property_type_accepts(const PropertyInfo& info, Value& value, bool strict = false);
// zend_verify_property_type: `value` (owned) fits the typed property `info`, maybe
// converted; a TypeError "Cannot assign string to property A::$x of type int"
// otherwise (the value is then left to the caller).
Outcome verify_property_value(const PropertyInfo& info, Value& value);
// What php leaves in a typed property (or a typed reference) whose op= failed in
// the operator itself ("Unsupported operand types"): it stores the failed result, an
// undefined value, which the type's weak conversion turns into 0, 0.0, "" or false
// (the first the type admits). False for a type admitting none: the old value stays.
bool value_of_failed_operation(const TypeDecl& type, Value& out);
// ++/-- of the typed property `info` (zend_incdec_typed_prop): `value` is the
// property's value after the operation, `old` (owned) the one before. An int that
// overflowed to float where the type admits no float is php's TypeError ("Cannot
// increment property A::$x of type int past its maximal value"), the value the int
// limit; any other result is verified as an assignment, the old value coming back
// on failure. `old` is released.
Outcome finish_typed_property_increment(const PropertyInfo& info, Value& value, Value old, bool increment);
// Readonly properties: a write (initialization) of `info` from `scope` into `slot`
// is allowed once, from the declaring class; else php's Error.
Outcome check_readonly_write(const PropertyInfo& info, const Value& slot, const Class* scope);
// "Cannot modify readonly property A::$x" (Error).
Outcome throw_readonly_modified(const PropertyInfo& info);
// "Typed property A::$x must not be accessed before initialization" (Error).
Outcome throw_uninitialized(const PropertyInfo& info);

// The name a value makes as a property name (converted to a string, owned).
Outcome property_name(const Value& name, String*& out);

} // namespace miniphp::runtime

// Typed references: a Reference that a typed property's slot holds (`$r = &$o->n`,
// `f($o->n)` by reference, `foreach ($o as &$v)`) knows that property as one of its
// type sources, and whatever is assigned through the reference must fit every
// source's type, as the property itself would check it (php's zend_reference
// sources, ZEND_REF_HAS_TYPE_SOURCES).
//
// Invariant: a declared typed property whose slot holds a Reference is a source of
// that Reference. The property leaves the sources when its slot lets the Reference
// go (unset, rebinding, its object's destruction).
//
// Reference::sources holds nothing (null), one PropertyInfo, or, tagged by its low
// bit, a list allocated as php allocates its zend_property_info_list (4 entries at
// first, doubling), so that memory figures stay php's.
#pragma once

#include "runtime/engine.h"
#include "runtime/reference.h"

namespace miniphp::runtime {

struct Object;
struct PropertyInfo;

[[gnu::always_inline]] inline bool has_type_sources(const Reference* ref) { return ref->sources != nullptr; }
[[gnu::always_inline]] inline bool holds_typed_reference(const Value& slot)
{
    return slot.is_reference() && has_type_sources(slot.as_reference());
}

void add_type_source(Reference* ref, const PropertyInfo* info);
// Removes `info` if it is a source of `ref`.
void remove_type_source(Reference* ref, const PropertyInfo* info);
void clear_type_sources(Reference* ref);

// The declared typed property `info` of some object has `slot`: it becomes (or stays)
// a Reference with the property among its sources (zend_handle_fetch_obj_flags for
// ZEND_FETCH_REF). An uninitialized slot holds null first, if the type admits null:
// else null after php's Error.
Reference* make_typed_property_reference(Value& slot, const PropertyInfo* info);

// The info a typed declared slot's references name as their source (one per slot of
// the object's class, as php's properties_info_table), or null for an untyped slot.
const PropertyInfo* typed_slot_source(const Object* object, uint32_t slot);
// The same, for a slot about to become (or be bound to) a reference: the object is
// marked, so that its destruction lets its references go (HoldsTypedReferences).
const PropertyInfo* typed_slot_source_for_reference(Object* object, uint32_t slot);

// zend_object_std_dtor's part: the object's typed slots let their references go.
void drop_property_type_sources(Object* object);

// `$o->p = &$x` into the typed property `info` whose slot is `slot`
// (zend_assign_to_typed_property_reference): `ref`'s value must fit the type (an
// untyped reference's value is converted in place); then the slot's old reference
// loses the property as a source and `ref` gains it. The binding itself is the
// caller's. Threw: php's TypeError, nothing changed.
Outcome prepare_typed_property_binding(Value& slot, const PropertyInfo* info, Reference* ref);

// The write fetch of a typed property for a reference assignment notes which
// property its slot is, for the AssignRef that follows it (php's ASSIGN_OBJ_REF does
// both in one instruction): the info, if `slot` is the slot noted last, else null.
void note_reference_target(const Value* slot, const PropertyInfo* info);
const PropertyInfo* take_reference_target(const Value* slot);

// zend_verify_ref_assignable_zval: `value` (owned, not a reference) fits the type of
// every source, converted once for all of them; php's TypeError otherwise.
Outcome verify_reference_assignable(const Reference* ref, Value& value, bool strict = false);

// zend_assign_to_typed_ref: `value` (owned) assigned through `ref`, which has
// sources. On a TypeError the reference keeps its value and `value` is released.
Outcome assign_to_typed_reference(Reference* ref, Value value, bool strict = false);

// Stores `value` (owned) into `slot`, or into what the reference it holds refers to
// (assign_to_typed_reference for one with sources); the old value is released after.
// `strict`: checked without conversions but int to float (a catch variable).
Outcome assign_to_slot(Value& slot, Value value, bool strict = false);

// The op= of a value bound to `ref` failed in the operator: php stores the failed
// result anyway, as every source converts it (value_of_failed_operation), when
// they all agree on it.
void store_failed_operation_result(Reference* ref);

// An element written into the null or false a typed reference holds would make it an
// array: every source must admit one ("Cannot auto-initialize an array inside a
// reference held by property ...").
Outcome check_array_may_start_in_reference(const Reference* ref);

// ++/-- through a typed reference: `old` is the value before, `ref->value` after.
// An int that overflowed to float where a source does not admit floats is php's
// TypeError (and the value is the int limit); any other result is verified as an
// assignment (the old value comes back on failure). `old` is released.
Outcome finish_typed_reference_increment(Reference* ref, Value old, bool increment);

} // namespace miniphp::runtime

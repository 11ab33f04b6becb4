// Reference: PHP's `&`, a counted cell holding one value that several slots share
// (Zend's zend_reference). `$b = &$a` turns $a's slot into a Reference and points
// $b's slot at the same cell; every read goes through deref().
//
// The count is how many slots point at the cell. php shows a reference whose count
// has dropped to 1 as a plain value in most places, but the slot still holds the
// cell until it is written or copied (var_dump of an array element, foreach).
#pragma once

#include <cstddef>

#include "gc/heap.h"
#include "gc/refcounted.h"
#include "runtime/value.h"

namespace miniphp::runtime {

struct Reference {
    gc::Refcounted header;
    Value value;
    void* sources = nullptr; // Zend's typed-property sources: kept for the 32-byte size

    // A new cell (count 1) taking over `initial` (an owned value, not a reference).
    static Reference* create(const Value& initial)
    {
        auto* r = static_cast<Reference*>(gc::heap().allocate(sizeof(Reference)));
        r->header.init(static_cast<uint32_t>(Type::Reference), 0);
        r->value.copy_from(initial);
        r->value.set_aux(0);
        r->sources = nullptr;
        return r;
    }
    static void destroy(Reference* r);
};

// The collector reads a reference as gc::ReferencePrefix.
static_assert(offsetof(Reference, value) == offsetof(gc::ReferencePrefix, value));

static_assert(sizeof(Reference) == 32, "a Reference must stay 32 bytes, like zend_reference");

// The value itself when `v` is a reference's slot (every read path goes through
// this: Zend's ZVAL_DEREF).
[[gnu::always_inline]] inline const Value& deref(const Value& v)
{
    return v.is_reference() ? v.as_reference()->value : v;
}
[[gnu::always_inline]] inline Value& deref(Value& v)
{
    return v.is_reference() ? v.as_reference()->value : v;
}

// dst becomes another owner of src's value, except that a reference nobody else
// holds is copied as its plain value (Zend's zval_add_ref, used wherever an array's
// elements are copied into another array).
inline void copy_unwrapping_lone_reference(Value& dst, const Value& src)
{
    if (src.is_reference() && src.as_reference()->header.refcount == 1)
        copy_value(dst, src.as_reference()->value);
    else
        copy_value(dst, src);
}

// Makes `slot` hold a Reference, wrapping its value (null if undefined) in a new one
// unless it holds one already, and returns it (Zend's ZVAL_MAKE_REF).
inline Reference* make_reference(Value& slot)
{
    if (slot.is_reference())
        return slot.as_reference();
    Value inner;
    inner.copy_from(slot);
    if (inner.is_undef())
        inner.set_null();
    Reference* ref = Reference::create(inner);
    slot.copy_from(Value::reference(ref));
    return ref;
}

} // namespace miniphp::runtime

// Value: the 16-byte slot every PHP value lives in, shaped like Zend's zval.
//
//   8 bytes payload    int64, double, or a pointer to a refcounted heap value
//   4 bytes type_info  byte 0: Type below; byte 1: flags (Refcounted: the payload
//                      points at a counted gc::Refcounted); bytes 2-3 zero, so
//                      the whole word of a scalar is its Type
//   4 bytes aux        free for the owner (e.g. hash-chain link in arrays later)
// The type word is written with one store; an all-zero Value is Undef.
//
// Values are plain data: copying a Value copies bits and never touches a count.
// Ownership is explicit, as in the Zend engine: copy_value() adds a reference,
// release() drops one and frees the value when it reaches zero. Every slot that owns
// a value (a compiled variable, a temporary, a literal table entry) releases it
// exactly once.
//
// Scalars (null, bools, ints, floats) are never refcounted. Strings are refcounted
// unless interned (literals, one-char and empty strings): an interned string carries
// the Immutable header flag and a Value holding it does not set Refcounted, so
// copying and releasing it cost nothing.
#pragma once

#include <cstdint>
#include <cstring>

#include "gc/refcounted.h"

namespace miniphp::runtime {

struct String;
class Array;
struct Reference;
struct Object;

// Numbering follows Zend (IS_UNDEF .. IS_REFERENCE) so types compare the same way.
enum class Type : uint8_t {
    Undef = 0,
    Null = 1,
    False = 2,
    True = 3,
    Long = 4,
    Double = 5,
    String = 6,
    Array = 7,
    Object = 8,
    Resource = 9,
    Reference = 10,
    // Not a PHP type: a slot of a symbol table that points at a compiled variable
    // (Zend's IS_INDIRECT); never refcounted, never seen by PHP code.
    Indirect = 12,
};

class Value {
public:
    static constexpr uint8_t kRefcounted = 1;

    Value() : m_type_info(0), m_aux(0) { m_payload.l = 0; }

    static Value undef() { return Value(); }
    static Value null() { Value v; v.set_type(Type::Null, 0); return v; }
    static Value boolean(bool b) { Value v; v.set_type(b ? Type::True : Type::False, 0); return v; }
    static Value integer(int64_t l) { Value v; v.m_payload.l = l; v.set_type(Type::Long, 0); return v; }
    static Value dbl(double d) { Value v; v.m_payload.d = d; v.set_type(Type::Double, 0); return v; }
    // Takes over one reference held by the caller (none for an interned string).
    static inline Value string(String* s);
    // Takes over one reference held by the caller (none for the immutable empty array).
    static inline Value array(Array* a);
    static inline Value reference(Reference* r);
    // Takes over one reference held by the caller.
    static inline Value object(Object* o);
    static Value indirect(Value* slot)
    {
        Value v;
        v.m_payload.slot = slot;
        v.set_type(Type::Indirect, 0);
        return v;
    }

    Type type() const { return static_cast<Type>(m_type_info & 0xff); }
    bool is_undef() const { return type() == Type::Undef; }
    bool is_null() const { return type() == Type::Null; }
    bool is_bool() const { return type() == Type::False || type() == Type::True; }
    bool is_long() const { return m_type_info == static_cast<uint32_t>(Type::Long); }
    bool is_double() const { return m_type_info == static_cast<uint32_t>(Type::Double); }
    bool is_string() const { return type() == Type::String; }
    bool is_array() const { return type() == Type::Array; }
    bool is_reference() const { return type() == Type::Reference; }
    bool is_object() const { return type() == Type::Object; }
    bool is_indirect() const { return type() == Type::Indirect; }
    bool is_refcounted() const { return (m_type_info & (kRefcounted << 8)) != 0; }

    int64_t as_long() const { return m_payload.l; }
    double as_double() const { return m_payload.d; }
    String* as_string() const { return m_payload.str; }
    Array* as_array() const { return m_payload.arr; }
    Reference* as_reference() const { return m_payload.ref; }
    Object* as_object() const { return m_payload.obj; }
    Value* as_indirect() const { return m_payload.slot; }
    gc::Refcounted* as_counted() const { return m_payload.counted; }
    // True for Type::True only; use to_bool() in conversions.h for PHP truthiness.
    bool is_true() const { return type() == Type::True; }

    // Bitwise identity (same type, same payload): used by tests and fast paths.
    bool same_bits(const Value& other) const
    {
        return type() == other.type() && m_payload.l == other.m_payload.l;
    }

    uint32_t aux() const { return m_aux; }
    void set_aux(uint32_t aux) { m_aux = aux; }
    uint32_t& aux_ref() { return m_aux; }

    // The whole type word: for scalars it is just the Type (no flag is ever set on
    // them), so one compare tells an int or a float (Zend's Z_TYPE_INFO_P checks).
    uint32_t type_info() const { return m_type_info; }
    static constexpr uint32_t type_info_of(Type t) { return static_cast<uint32_t>(t); }

    // Overwrite the slot with a scalar, leaving the aux word alone (Zend's ZVAL_LONG,
    // ZVAL_DOUBLE): two stores. The old value must need no release.
    void set_long(int64_t l) { m_payload.l = l; m_type_info = static_cast<uint32_t>(Type::Long); }
    void set_double(double d) { m_payload.d = d; m_type_info = static_cast<uint32_t>(Type::Double); }
    // Copies the value, payload and type word, but not the aux word (which belongs
    // to the slot), field by field as Zend's ZVAL_COPY_VALUE does. A slot is often
    // written field by field (set_long: two stores) and read soon after; a 16-byte
    // load of it would have to wait for those stores to reach the cache (a failed
    // store-to-load forward), where two loads of the same widths get them at once.
    void copy_from(const Value& src)
    {
        m_payload.l = src.m_payload.l;
        m_type_info = src.m_type_info;
    }

    // A new int in a slot that holds an int already: one store.
    void update_long(int64_t l) { m_payload.l = l; }
    void set_bool(bool b) { m_type_info = static_cast<uint32_t>(b ? Type::True : Type::False); }
    void set_null() { m_type_info = static_cast<uint32_t>(Type::Null); }
    // Marks the slot Undef without touching the payload: a consumed Tmp.
    void clear_type() { m_type_info = 0; }

private:
    void set_type(Type t, uint8_t flags)
    {
        m_type_info = static_cast<uint32_t>(t) | (static_cast<uint32_t>(flags) << 8);
        m_aux = 0;
    }

    union Payload {
        int64_t l;
        double d;
        gc::Refcounted* counted;
        String* str;
        Array* arr;
        Reference* ref;
        Object* obj;
        Value* slot;
    } m_payload;
    uint32_t m_type_info;
    uint32_t m_aux;
};

static_assert(sizeof(Value) == 16, "a Value must stay 16 bytes, like a zval");

// Frees a heap value whose count reached zero (defined in value.cpp).
void destroy_refcounted(gc::Refcounted* counted);

// The helpers below are forced inline: they are a few instructions each, used on
// every hot path, and compilers decline to inline them into the very large dispatch
// function on their own.

// Adds a reference for a new owner of the same value.
[[gnu::always_inline]] inline void add_ref(const Value& v)
{
    if (v.is_refcounted())
        ++v.as_counted()->refcount;
}

// dst becomes another owner of src's value (Zend's ZVAL_COPY).
[[gnu::always_inline]] inline void copy_value(Value& dst, const Value& src)
{
    dst.copy_from(src);
    add_ref(src);
}

// Offers a value whose count dropped but not to zero to the cycle collector
// (Zend's gc_check_possible_root); defined in value.cpp. Only arrays, objects and
// references to them get here: strings carry NotCollectable, and a value already
// buffered (or being collected) has its GC info set.
void check_possible_root(gc::Refcounted* counted);

// The one release path: drops a reference, frees at zero, and otherwise offers the
// value as a possible root of a garbage cycle.
[[gnu::always_inline]] inline void release(const Value& v)
{
    if (v.is_refcounted()) {
        gc::Refcounted* counted = v.as_counted();
        if (--counted->refcount == 0)
            destroy_refcounted(counted);
        else if ((counted->type_info & (gc::Refcounted::kInfoMask | gc::NotCollectable)) == 0)
            check_possible_root(counted);
    }
}

// A release that never offers a possible root (Zend's zval_ptr_dtor_nogc), used
// where php uses it, so that the root buffer fills as php's does: temporaries the
// VM consumes, the arguments of builtins, a foreach's copy of its array.
[[gnu::always_inline]] inline void release_nogc(const Value& v)
{
    if (v.is_refcounted()) {
        gc::Refcounted* counted = v.as_counted();
        if (--counted->refcount == 0)
            destroy_refcounted(counted);
    }
}

[[gnu::always_inline]] inline void release_and_clear_nogc(Value& slot)
{
    Value old;
    old.copy_from(slot);
    slot.clear_type();
    release_nogc(old);
}

// Releases the slot's value and leaves it Undef.
[[gnu::always_inline]] inline void release_and_clear(Value& slot)
{
    Value old;
    old.copy_from(slot);
    slot.clear_type();
    release(old);
}

} // namespace miniphp::runtime

#include "runtime/string.h"
#include "runtime/reference.h"

namespace miniphp::runtime {

inline Value Value::string(String* s)
{
    Value v;
    v.m_payload.str = s;
    v.set_type(Type::String, s->is_interned() ? 0 : kRefcounted);
    return v;
}

inline Value Value::array(Array* a)
{
    Value v;
    v.m_payload.arr = a;
    auto* header = reinterpret_cast<gc::Refcounted*>(a);
    v.set_type(Type::Array, header->has_flag(gc::Immutable) ? 0 : kRefcounted);
    return v;
}

inline Value Value::reference(Reference* r)
{
    Value v;
    v.m_payload.ref = r;
    v.set_type(Type::Reference, kRefcounted);
    return v;
}

} // namespace miniphp::runtime

namespace miniphp::runtime {

inline Value Value::object(Object* o)
{
    Value v;
    v.m_payload.obj = o;
    v.set_type(Type::Object, kRefcounted);
    return v;
}

} // namespace miniphp::runtime

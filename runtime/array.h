// Array: PHP's ordered hash table, laid out like Zend's zend_array (56 bytes) so
// that its allocation sizes, and so memory_get_usage(), match php's.
//
// Two forms, switched by php's rules:
//   packed  keys are 0..used-1 in order; the data is a plain run of Values (php 8.2's
//           zval-only packed arrays) and a slot left Undef is a hole.
//   hash    the data is a run of Buckets (value, int key or string key with its
//           hash) in insertion order, preceded by the hash index: 2 * capacity
//           uint32 slots, each the first bucket of a collision chain. A bucket's
//           Value keeps the next bucket of its chain in its aux word (Zend's Z_NEXT).
// Deleting an element leaves its slot Undef (a hole that iteration skips); `used`
// only shrinks when the holes are compacted by a rehash.
//
// An array is owned by Values (copy_value/release); writers separate first
// (Array::separate) when the count is above one: copy-on-write. The empty array
// is one shared immutable value, as php's zend_empty_array.
#pragma once

#include <cstdint>
#include <string_view>

#include "gc/refcounted.h"
#include "runtime/value.h"

namespace miniphp::runtime {

struct Bucket {
    Value val;    // aux word: next bucket index in the chain, or kInvalidIndex
    uint64_t h;   // the int key, or the string key's hash
    String* key;  // nullptr for int keys; otherwise one reference owned here
};

static_assert(sizeof(Bucket) == 32, "a Bucket must stay 32 bytes, like Zend's");

// A key as the table sees it: a string (already normalised: never a decimal
// integer) or an int.
struct ArrayKey {
    String* string = nullptr; // borrowed
    int64_t number = 0;

    static ArrayKey integer(int64_t n) { return {nullptr, n}; }
    // The key as a PHP value (a new owner of the string), as array_keys() gives it.
    Value to_value() const;
    static ArrayKey of_string(String* s) { return {s, 0}; }
    bool is_string() const { return string != nullptr; }
};

inline Value ArrayKey::to_value() const
{
    if (string == nullptr)
        return Value::integer(number);
    Value v = Value::string(string);
    add_ref(v);
    return v;
}

// True and sets `out` if `text` is a canonical decimal integer php turns into an int
// key ("12", "-3", "0"; not "012", "-0", " 1", "1.0", nor one out of range): Zend's
// ZEND_HANDLE_NUMERIC_STR.
bool string_is_integer_key(std::string_view text, int64_t& out);

class Teardown;

class Array {
public:
    static constexpr uint32_t kInvalidIndex = UINT32_MAX;
    static constexpr uint32_t kMinCapacity = 8;
    // nNextFreeElement before any int key was added: appending then uses 0.
    static constexpr int64_t kNoNextFree = INT64_MIN;

    enum Flag : uint8_t {
        Packed = 1,        // the packed form (otherwise the hash form)
        Uninitialized = 2, // no data block yet
    };

    gc::Refcounted header;

    // A new empty array (count 1) with room for `capacity` elements once written.
    static Array* create(uint32_t capacity = kMinCapacity);
    // A new packed array with `capacity` slots allocated at once (ZEND_INIT_ARRAY).
    static Array* create_packed(uint32_t capacity);
    // The shared immutable empty array.
    static Array* empty();
    // A new array (count 1) holding copies of this one's elements; references whose
    // only owner was this array become plain values, as zend_array_dup does.
    Array* duplicate() const;
    // Frees an array whose count reached zero, releasing its elements (through
    // Teardown: nested values freed on the way do not use the C stack).
    static void destroy(Array* array);

    uint32_t size() const { return m_count; }
    bool is_packed() const { return (m_flags & Packed) != 0; }
    bool is_immutable() const { return header.has_flag(gc::Immutable); }
    int64_t next_free_element() const { return m_next_free; }
    // array_pop and array_shift move it back, as php's do.
    void set_next_free_element(int64_t next) { m_next_free = next; }

    // The element of int key h when the array is packed and holds it: the inline
    // first try of the VM's fast paths (nullptr: ask find()).
    Value* find_packed(int64_t h)
    {
        if ((m_flags & Packed) && static_cast<uint64_t>(h) < m_used && !m_data.packed[h].is_undef())
            return &m_data.packed[h];
        return nullptr;
    }
    // A new last element of a packed array with room for it and no holes at the end
    // (the common `$a[] = v`), holding Undef; nullptr when append() must decide.
    Value* append_packed()
    {
        if (!(m_flags & Packed) || m_used >= m_capacity || m_next_free != static_cast<int64_t>(m_used))
            return nullptr;
        Value* slot = &m_data.packed[m_used++];
        ++m_count;
        m_next_free = m_used;
        *slot = Value();
        return slot;
    }

    // Lookups: nullptr if absent. The Value may be a Reference or an Indirect.
    Value* find(int64_t h);
    Value* find(String* key);
    Value* find(std::string_view key);
    Value* find(ArrayKey key) { return key.is_string() ? find(key.string) : find(key.number); }

    // Writes. Each returns the element's slot: an existing one (its old value still
    // there for the caller to release) or a new one holding Undef for the caller to
    // fill. The array must be separated (count 1, not immutable).
    Value* lookup_or_insert(int64_t h);
    Value* lookup_or_insert(String* key);
    // lookup_or_insert for a string offset as `$a["..."]` gives it: a canonical
    // integer string is that int key.
    Value* lookup_or_insert_offset(String* offset);
    Value* lookup_or_insert(ArrayKey key)
    {
        return key.is_string() ? lookup_or_insert(key.string) : lookup_or_insert(key.number);
    }
    // Appends at the next free int key; nullptr when that key is taken
    // ("Cannot add element to the array as the next element is already occupied").
    Value* append();
    // Adds a key known to be absent (building arrays, duplicate()).
    Value* insert_new(int64_t h);
    Value* insert_new(String* key);

    // Removes an element, releasing its value; false if absent.
    bool remove(int64_t h);
    bool remove(String* key);
    bool remove(ArrayKey key) { return key.is_string() ? remove(key.string) : remove(key.number); }

    // Iteration by position: positions run from 0 to used(); a position whose slot
    // is Undef is a hole to skip. Positions survive appends and deletions; a rehash
    // that compacts holes moves them (the Engine's iterators are told).
    uint32_t used() const { return m_used; }
    Value& value_at(uint32_t pos) { return is_packed() ? m_data.packed[pos] : m_data.buckets[pos].val; }
    const Value& value_at(uint32_t pos) const
    {
        return is_packed() ? m_data.packed[pos] : m_data.buckets[pos].val;
    }
    ArrayKey key_at(uint32_t pos) const;
    // The first position at or after `pos` that holds a value, or used().
    uint32_t next_position(uint32_t pos) const
    {
        while (pos < m_used && value_at(pos).is_undef())
            ++pos;
        return pos;
    }
    // For recursive walks (var_dump, count, compact): marks the array while a walk is
    // inside it; false if one already is (php's GC_PROTECT_RECURSION). The
    // immutable empty array is never marked (it cannot contain itself).
    bool enter_recursion()
    {
        if (is_immutable())
            return true;
        if (header.has_flag(gc::Protected))
            return false;
        header.add_flag(gc::Protected);
        return true;
    }
    void leave_recursion()
    {
        if (!is_immutable())
            header.remove_flag(gc::Protected);
    }

    // How many foreach-by-reference iterators are over this array.
    uint32_t& iterator_count() { return m_iterators; }
    // php's internal pointer (current(), next(), reset(), end()).
    uint32_t internal_pointer() const { return m_internal_pointer; }
    void set_internal_pointer(uint32_t pos) { m_internal_pointer = pos; }

    // Turns a packed array into the hash form with room for `capacity` elements
    // (before a string key, a hole fill or an out-of-order key).
    void convert_to_hash(uint32_t capacity);
    // Makes this table a hash (allocating it if it was not yet) whose capacity has
    // doubled until `slots` used slots fit, as php's would have grown to hold them.
    // For an object's property table, which in php also holds the declared
    // properties (rebuild_object_properties).
    void reserve_hash(uint32_t slots);
    // The position of an element's slot (as returned by find()).
    uint32_t position_of(const Value* slot) const;
    // Removes the element at `pos` (which holds a value), releasing it.
    void delete_at(uint32_t pos);

private:
    Array() = default;
    void init_data(bool packed);
    void grow_packed();
    void resize_hash();
    void double_hash();
    void rehash();
    void free_data();
    Bucket* find_bucket(uint64_t h, String* key, std::string_view text) const;
    Value* add_bucket(uint64_t h, String* key);
    Value* packed_slot_for(int64_t h);
    void note_int_key(int64_t h)
    {
        if (h >= m_next_free)
            m_next_free = h < INT64_MAX ? h + 1 : INT64_MAX;
    }
    uint32_t* hash_slots() const { return reinterpret_cast<uint32_t*>(m_data.buckets) - hash_size(); }
    uint32_t hash_size() const { return is_packed() ? 2 : 2 * m_capacity; }
    size_t data_size() const;
    void unlink(uint32_t pos);
    Value* add_bucket_at(uint32_t index, const Bucket& from);
    void release_element(uint32_t pos);
    friend class Teardown; // frees arrays element by element (teardown.h)

    uint8_t m_flags = Uninitialized;
    uint8_t m_unused[3] = {};
    uint32_t m_iterators = 0; // foreach-by-reference iterators on this array (Zend keeps this in flags)
    union {
        Value* packed;
        Bucket* buckets;
    } m_data = {nullptr};
    uint32_t m_used = 0;
    uint32_t m_count = 0;
    uint32_t m_capacity = kMinCapacity;
    uint32_t m_internal_pointer = 0;
    int64_t m_next_free = kNoNextFree;
    void* m_reserved = nullptr; // Zend's pDestructor: kept so the size is php's
};

// The array in `slot` (which holds one) ready to be written: duplicated first when
// shared or immutable, the slot then holding the copy (copy-on-write, Zend's
// SEPARATE_ARRAY).
Array* separate_array(Value& slot);

static_assert(sizeof(Array) == 56, "an Array must stay 56 bytes, like zend_array");

} // namespace miniphp::runtime

// Small pieces the array builtins share: walking an array's elements in order,
// a key as a PHP value, and adding an element under a key.
#pragma once

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/reference.h"
#include "runtime/value.h"

namespace miniphp::runtime::builtins {

// Each argument from `first` on must be an array (TypeError for the first that is
// not); `total` counts their elements.
inline Outcome all_arrays(const ArgReader& args, uint32_t first, uint32_t& total)
{
    total = 0;
    for (uint32_t i = first; i < args.count(); ++i) {
        Array* array = nullptr;
        if (args.get_array(i, array) == Outcome::Threw)
            return Outcome::Threw;
        total += array->size();
    }
    return Outcome::Ok;
}

// Calls fn(position) for each element of `array`, in order.
template <class Fn>
void for_each_position(const Array* array, Fn&& fn)
{
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1))
        fn(pos);
}

// Calls fn(position) for each element of `array`, last first.
template <class Fn>
void for_each_position_reversed(const Array* array, Fn&& fn)
{
    for (uint32_t pos = array->used(); pos-- > 0;) {
        if (!array->value_at(pos).is_undef())
            fn(pos);
    }
}

// Replaces the array in `slot` by `replacement` (owned), releasing the old one.
inline void replace_array(Value& slot, Array* replacement)
{
    Value old;
    old.copy_from(slot);
    slot.copy_from(Value::array(replacement));
    release(old);
}

// Calls fn(key, value) for each element of `array`, in order, the value dereferenced.
template <class Fn>
void for_each(Array* array, Fn&& fn)
{
    for_each_position(array, [&](uint32_t pos) { fn(array->key_at(pos), deref(array->value_at(pos))); });
}

// A key as a value owning its reference: an int, or the key's string.
inline Value key_value(ArrayKey key)
{
    if (!key.is_string())
        return Value::integer(key.number);
    Value v = Value::string(key.string);
    add_ref(v);
    return v;
}

// The slot for `key` in `array` (already a table key: never a numeric string).
inline Value* slot_for_key(Array* array, ArrayKey key)
{
    return key.is_string() ? array->lookup_or_insert(key.string) : array->lookup_or_insert(key.number);
}

// Stores a copy of `v` in `slot` (new or holding an old value, released after),
// copied as php's zval_add_ref copies array elements: a reference nobody else holds
// becomes its value.
inline void store_element(Value* slot, const Value& v)
{
    Value old;
    old.copy_from(*slot);
    copy_unwrapping_lone_reference(*slot, v);
    release(old);
}

// Adds the element at `pos` of `from` to `to`: a string key is kept; an int key is
// kept when `keep_int_key`, otherwise the element is appended. The value is copied
// as php's zval_add_ref copies it (a reference nobody else holds becomes its value).
inline void copy_element_to(Array* to, const Array* from, uint32_t pos, bool keep_int_key)
{
    ArrayKey key = from->key_at(pos);
    Value* slot = key.is_string() || keep_int_key ? slot_for_key(to, key) : to->append();
    if (slot != nullptr)
        store_element(slot, from->value_at(pos));
}

// Copies the element at `pos` of `from` to `to` as it is (a reference stays one),
// the string key kept and an int key renumbered: for rebuilding an array that is
// released afterwards, which moves its elements.
inline void move_element_to(Array* to, const Array* from, uint32_t pos)
{
    ArrayKey key = from->key_at(pos);
    Value* slot = key.is_string() ? to->lookup_or_insert(key.string) : to->append();
    if (slot != nullptr)
        copy_value(*slot, from->value_at(pos));
}

} // namespace miniphp::runtime::builtins

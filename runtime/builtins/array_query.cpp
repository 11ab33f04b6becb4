// Array builtins that look into one array or build one from scratch
// (ext/standard/array.c): array_keys, array_values, in_array, array_search,
// array_key_exists, array_key_first/last, array_is_list, array_count_values,
// array_flip, array_sum, array_product, array_fill, array_fill_keys, array_pad,
// array_combine.
#include "runtime/array.h"
#include "runtime/array_access.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/operators.h"

namespace miniphp::runtime::builtins {

namespace {

bool values_match(const Value& a, const Value& b, bool strict)
{
    if (strict)
        return is_identical(a, b);
    bool equal = false;
    (void)loose_equals(equal, a, b);
    return equal;
}

// An element under a key given as a value: ints as they are, anything else as
// its string, which becomes an int key when it reads as one (zend_symtable_update).
Value* insert_by_value_key(Array* array, const Value& key)
{
    if (key.is_long())
        return array->lookup_or_insert(key.as_long());
    Value text = to_string(key);
    Value* slot = array->lookup_or_insert_offset(text.as_string());
    release(text);
    return slot;
}

void put(Value* slot, const Value& v)
{
    release_and_clear(*slot);
    copy_value(*slot, v);
}

Outcome array_keys_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    bool strict = false;
    if (failed(args.get_array(0, array)) || (args.has(2) && failed(args.get_bool(2, strict))))
        return Outcome::Threw;
    Array* keys = Array::create(array->size());
    for_each(array, [&](ArrayKey key, const Value& value) {
        if (!args.has(1) || values_match(value, deref(args.at(1)), strict))
            keys->append()->copy_from(key_value(key));
    });
    *call.result = Value::array(keys);
    return Outcome::Ok;
}

Outcome array_values_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(0, array)))
        return Outcome::Threw;
    // A list already: the same array (php returns it as it is).
    if (array->size() == 0 || (array->is_packed() && array->used() == array->size())) {
        copy_value(*call.result, args.at(0));
        return Outcome::Ok;
    }
    Array* values = Array::create(array->size());
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1))
        copy_unwrapping_lone_reference(*values->append(), array->value_at(pos));
    *call.result = Value::array(values);
    return Outcome::Ok;
}

// in_array and array_search: the first element equal (or identical) to the needle.
Outcome search(BuiltinCall& call, bool want_key)
{
    ArgReader args(call);
    Array* array = nullptr;
    bool strict = false;
    if (failed(args.get_array(1, array)) || (args.has(2) && failed(args.get_bool(2, strict))))
        return Outcome::Threw;
    const Value& needle = deref(args.at(0));
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        if (values_match(deref(array->value_at(pos)), needle, strict)) {
            *call.result = want_key ? key_value(array->key_at(pos)) : Value::boolean(true);
            return Outcome::Ok;
        }
    }
    *call.result = Value::boolean(false);
    return Outcome::Ok;
}

Outcome in_array_handler(BuiltinCall& call) { return search(call, false); }
Outcome array_search_handler(BuiltinCall& call) { return search(call, true); }

Outcome array_key_exists_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(1, array)))
        return Outcome::Threw;
    const Value& key = deref(args.at(0));
    // (php's ZEND_ARRAY_KEY_EXISTS: the offset's own message)
    if (key.is_array())
        return throw_error(msg::kind::TypeError, msg::IllegalOffsetType);
    ArrayKey k;
    if (failed(offset_to_key(key, k, OffsetUse::Isset)))
        return Outcome::Threw;
    *call.result = Value::boolean(array->find(k) != nullptr);
    return Outcome::Ok;
}

Outcome key_at_end(BuiltinCall& call, bool last)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(0, array)))
        return Outcome::Threw;
    *call.result = Value::null();
    if (array->size() == 0)
        return Outcome::Ok;
    uint32_t pos = array->next_position(0);
    if (last) {
        pos = array->used() - 1; // trailing holes are always trimmed
    }
    *call.result = key_value(array->key_at(pos));
    return Outcome::Ok;
}

Outcome array_key_first_handler(BuiltinCall& call) { return key_at_end(call, false); }
Outcome array_key_last_handler(BuiltinCall& call) { return key_at_end(call, true); }

Outcome array_is_list_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(0, array)))
        return Outcome::Threw;
    int64_t expected = 0;
    bool list = true;
    for_each(array, [&](ArrayKey key, const Value&) {
        list = list && !key.is_string() && key.number == expected;
        ++expected;
    });
    *call.result = Value::boolean(list);
    return Outcome::Ok;
}

Outcome array_count_values_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(0, array)))
        return Outcome::Threw;
    Array* counts = Array::create();
    for_each(array, [&](ArrayKey, const Value& value) {
        if (!value.is_long() && !value.is_string()) {
            warning("array_count_values(): Can only count string and integer values, entry skipped");
            return;
        }
        Value* slot = insert_by_value_key(counts, value);
        if (slot->is_undef())
            slot->copy_from(Value::integer(1));
        else
            slot->update_long(slot->as_long() + 1);
    });
    *call.result = Value::array(counts);
    return Outcome::Ok;
}

Outcome array_flip_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(0, array)))
        return Outcome::Threw;
    Array* flipped = Array::create(array->size());
    for_each(array, [&](ArrayKey key, const Value& value) {
        if (!value.is_long() && !value.is_string()) {
            warning("array_flip(): Can only flip string and integer values, entry skipped");
            return;
        }
        Value k = key_value(key);
        Value* slot = insert_by_value_key(flipped, value);
        release_and_clear(*slot);
        slot->copy_from(k);
    });
    *call.result = Value::array(flipped);
    return Outcome::Ok;
}

// array_sum and array_product: arrays (and objects) are skipped, the rest taken as
// numbers, as `+` and `*` would take them.
Outcome fold_numbers(BuiltinCall& call, bool product)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(0, array)))
        return Outcome::Threw;
    Value total = Value::integer(product ? 1 : 0);
    Outcome outcome = Outcome::Ok;
    for_each(array, [&](ArrayKey, const Value& value) {
        if (outcome == Outcome::Threw || value.is_array())
            return;
        Value number = value;
        if (value.is_string()) {
            NumericPrefix n = parse_numeric(value.as_string()->view());
            number = n.type == NumericType::Double ? Value::dbl(n.double_value) : Value::integer(n.long_value);
        } else if (!value.is_long() && !value.is_double()) {
            number = Value::integer(to_long(value));
        }
        Value r;
        outcome = product ? mul(r, total, number) : add(r, total, number);
        total = r;
    });
    if (outcome == Outcome::Threw)
        return Outcome::Threw;
    *call.result = total;
    return Outcome::Ok;
}

Outcome array_sum_handler(BuiltinCall& call) { return fold_numbers(call, false); }
Outcome array_product_handler(BuiltinCall& call) { return fold_numbers(call, true); }

Outcome array_fill_handler(BuiltinCall& call)
{
    ArgReader args(call);
    int64_t start = 0;
    int64_t count = 0;
    if (failed(args.get_long(0, start)) || failed(args.get_long(1, count)))
        return Outcome::Threw;
    if (count < 0)
        return args.argument_error(msg::kind::ValueError, 1, msg::GreaterOrEqualZero);
    if (count > 0x7fffffff)
        return args.argument_error(msg::kind::ValueError, 1, "is too large");
    if (count == 0) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    Array* filled = Array::create(static_cast<uint32_t>(count));
    for (int64_t i = 0; i < count; ++i)
        copy_value(*filled->lookup_or_insert(start + i), args.at(2));
    *call.result = Value::array(filled);
    return Outcome::Ok;
}

Outcome array_fill_keys_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* keys = nullptr;
    if (failed(args.get_array(0, keys)))
        return Outcome::Threw;
    Array* filled = Array::create(keys->size());
    for_each(keys, [&](ArrayKey, const Value& key) { put(insert_by_value_key(filled, key), args.at(1)); });
    *call.result = Value::array(filled);
    return Outcome::Ok;
}

Outcome array_pad_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    int64_t length = 0;
    if (failed(args.get_array(0, array)) || failed(args.get_long(1, length)))
        return Outcome::Threw;
    int64_t wanted = length < 0 ? -length : length;
    int64_t have = array->size();
    if (wanted <= have) {
        copy_value(*call.result, args.at(0));
        return Outcome::Ok;
    }
    if (wanted - have > 1048576)
        return args.argument_error(msg::kind::ValueError, 1, "must be less than or equal to 1048576");
    Array* padded = Array::create(static_cast<uint32_t>(wanted));
    auto pad = [&] {
        for (int64_t i = have; i < wanted; ++i)
            copy_value(*padded->append(), args.at(2));
    };
    if (length < 0)
        pad();
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        ArrayKey key = array->key_at(pos);
        Value* slot = key.is_string() ? padded->lookup_or_insert(key.string) : padded->append();
        copy_unwrapping_lone_reference(*slot, array->value_at(pos));
    }
    if (length > 0)
        pad();
    *call.result = Value::array(padded);
    return Outcome::Ok;
}

Outcome array_combine_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* keys = nullptr;
    Array* values = nullptr;
    if (failed(args.get_array(0, keys)) || failed(args.get_array(1, values)))
        return Outcome::Threw;
    if (keys->size() != values->size())
        return args.argument_error(msg::kind::ValueError, 0,
                                   "and argument #2 ($values) must have the same number of elements");
    Array* combined = Array::create(keys->size());
    uint32_t vpos = values->next_position(0);
    for_each(keys, [&](ArrayKey, const Value& key) {
        put(insert_by_value_key(combined, key), deref(values->value_at(vpos)));
        vpos = values->next_position(vpos + 1);
    });
    *call.result = Value::array(combined);
    return Outcome::Ok;
}

constexpr BuiltinFunction kArrayQueryFunctions[] = {
    {"array_keys", array_keys_handler, 1, 3, "array,filter_value,strict"},
    {"array_values", array_values_handler, 1, 1, "array"},
    {"in_array", in_array_handler, 2, 3, "needle,haystack,strict"},
    {"array_search", array_search_handler, 2, 3, "needle,haystack,strict"},
    {"array_key_exists", array_key_exists_handler, 2, 2, "key,array"},
    {"key_exists", array_key_exists_handler, 2, 2, "key,array"},
    {"array_key_first", array_key_first_handler, 1, 1, "array"},
    {"array_key_last", array_key_last_handler, 1, 1, "array"},
    {"array_is_list", array_is_list_handler, 1, 1, "array"},
    {"array_count_values", array_count_values_handler, 1, 1, "array"},
    {"array_flip", array_flip_handler, 1, 1, "array"},
    {"array_sum", array_sum_handler, 1, 1, "array"},
    {"array_product", array_product_handler, 1, 1, "array"},
    {"array_fill", array_fill_handler, 3, 3, "start_index,count,value"},
    {"array_fill_keys", array_fill_keys_handler, 2, 2, "keys,value"},
    {"array_pad", array_pad_handler, 3, 3, "array,length,value"},
    {"array_combine", array_combine_handler, 2, 2, "keys,values"},
};

} // namespace

std::span<const BuiltinFunction> array_query_functions() { return kArrayQueryFunctions; }

} // namespace miniphp::runtime::builtins

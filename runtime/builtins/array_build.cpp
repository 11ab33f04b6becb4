// Array builtins that build a new array from others (ext/standard/array.c):
// array_merge, array_merge_recursive, array_replace, array_slice, array_reverse,
// array_chunk, array_column, array_unique, and the diff/intersect family. Elements
// are copied as php copies them: a reference only the source held becomes its value.
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/array.h"
#include "runtime/array_access.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/operators.h"

namespace miniphp::runtime::builtins {

namespace {

template <class Fn>
void for_each_position(Array* array, Fn&& fn)
{
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1))
        fn(pos);
}

// Every argument from `first` on must be an array.
Outcome all_arrays(const ArgReader& args, uint32_t first, std::vector<Array*>& out)
{
    for (uint32_t i = first; i < args.count(); ++i) {
        Array* a = nullptr;
        if (failed(args.get_array(i, a)))
            return Outcome::Threw;
        out.push_back(a);
    }
    return Outcome::Ok;
}

// Adds element `pos` of `from` to `to`: under its string key, or appended (int keys
// renumbered) unless `keep_int_keys`.
void add_element(Array* to, Array* from, uint32_t pos, bool keep_int_keys)
{
    ArrayKey key = from->key_at(pos);
    Value* slot = key.is_string() || keep_int_keys ? to->lookup_or_insert(key) : to->append();
    release_and_clear(*slot);
    copy_unwrapping_lone_reference(*slot, from->value_at(pos));
}

Outcome array_merge_handler(BuiltinCall& call)
{
    ArgReader args(call);
    std::vector<Array*> arrays;
    if (failed(all_arrays(args, 0, arrays)))
        return Outcome::Threw;
    if (arrays.empty()) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    // Two arrays, one of them empty: php hands back the other itself when merging
    // would not change it (a list, or only string keys).
    if (arrays.size() == 2 && (arrays[0]->size() == 0 || arrays[1]->size() == 0)) {
        uint32_t other = arrays[0]->size() == 0 ? 1 : 0;
        Array* a = arrays[other];
        bool unchanged = a->is_packed() ? a->used() == a->size() : true;
        if (!a->is_packed())
            for_each_position(a, [&](uint32_t pos) { unchanged = unchanged && a->key_at(pos).is_string(); });
        if (unchanged) {
            copy_value(*call.result, args.at(other));
            return Outcome::Ok;
        }
    }
    Array* merged = Array::create();
    for (Array* a : arrays)
        for_each_position(a, [&](uint32_t pos) { add_element(merged, a, pos, false); });
    *call.result = Value::array(merged);
    return Outcome::Ok;
}

// php_array_merge_recursive: string keys present on both sides merge into an array
// holding both (recursively when both are arrays).
Outcome merge_recursive(Array* to, Array* from)
{
    for (uint32_t pos = from->next_position(0); pos < from->used(); pos = from->next_position(pos + 1)) {
        ArrayKey key = from->key_at(pos);
        Value* existing = key.is_string() ? to->find(key.string) : nullptr;
        if (existing == nullptr) {
            add_element(to, from, pos, false);
            continue;
        }
        Value& target = deref(*existing);
        if (!target.is_array()) {
            Array* wrapped = Array::create();
            wrapped->append()->copy_from(target);
            target.copy_from(Value::array(wrapped));
        } else if (target.as_array()->header.refcount > 1) {
            Array* copy = target.as_array()->duplicate();
            release(target);
            target.copy_from(Value::array(copy));
        }
        Array* into = target.as_array();
        const Value& source = deref(from->value_at(pos));
        if (source.is_array()) {
            if (!source.as_array()->enter_recursion()) {
                warning("array_merge_recursive(): Recursion detected");
                return Outcome::Ok;
            }
            Outcome outcome = merge_recursive(into, source.as_array());
            source.as_array()->leave_recursion();
            if (failed(outcome))
                return Outcome::Threw;
        } else {
            Value* slot = into->append();
            if (slot == nullptr)
                return throw_error(msg::kind::Error, msg::NextElementOccupied);
            copy_value(*slot, source);
        }
    }
    return Outcome::Ok;
}

Outcome array_merge_recursive_handler(BuiltinCall& call)
{
    ArgReader args(call);
    std::vector<Array*> arrays;
    if (failed(all_arrays(args, 0, arrays)))
        return Outcome::Threw;
    Array* merged = Array::create();
    Value result = Value::array(merged);
    for (Array* a : arrays) {
        if (failed(merge_recursive(merged, a))) {
            release(result);
            return Outcome::Threw;
        }
    }
    *call.result = result;
    return Outcome::Ok;
}

Outcome array_replace_handler(BuiltinCall& call)
{
    ArgReader args(call);
    std::vector<Array*> arrays;
    if (failed(all_arrays(args, 0, arrays)))
        return Outcome::Threw;
    Array* replaced = arrays[0]->duplicate();
    for (size_t i = 1; i < arrays.size(); ++i)
        for_each_position(arrays[i], [&](uint32_t pos) { add_element(replaced, arrays[i], pos, true); });
    *call.result = Value::array(replaced);
    return Outcome::Ok;
}

// Resolves php's (offset, length) pair against `size`: the first position and how
// many elements follow.
void slice_bounds(int64_t size, int64_t offset, bool has_length, int64_t length, int64_t& from, int64_t& count)
{
    if (offset > size) {
        from = size;
        count = 0;
        return;
    }
    if (offset < 0 && (offset = size + offset) < 0)
        offset = 0;
    if (!has_length)
        length = size;
    if (length < 0)
        length = size - offset + length;
    else if (offset + length > size)
        length = size - offset;
    from = offset;
    count = length > 0 ? length : 0;
}

Outcome array_slice_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    int64_t offset = 0;
    int64_t length = 0;
    bool length_is_null = true;
    bool preserve = false;
    if (failed(args.get_array(0, array)) || failed(args.get_long(1, offset)))
        return Outcome::Threw;
    if (args.has(2) && failed(args.get_long_or_null(2, length, length_is_null)))
        return Outcome::Threw;
    if (args.has(3) && failed(args.get_bool(3, preserve)))
        return Outcome::Threw;
    int64_t from = 0;
    int64_t count = 0;
    slice_bounds(array->size(), offset, !length_is_null, length, from, count);
    if (count == 0) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    Array* slice = Array::create(static_cast<uint32_t>(count));
    int64_t index = 0;
    for_each_position(array, [&](uint32_t pos) {
        if (index >= from && index < from + count)
            add_element(slice, array, pos, preserve);
        ++index;
    });
    *call.result = Value::array(slice);
    return Outcome::Ok;
}

Outcome array_reverse_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    bool preserve = false;
    if (failed(args.get_array(0, array)) || (args.has(1) && failed(args.get_bool(1, preserve))))
        return Outcome::Threw;
    Array* reversed = Array::create(array->size());
    for (uint32_t pos = array->used(); pos-- > 0;)
        if (!array->value_at(pos).is_undef())
            add_element(reversed, array, pos, preserve);
    *call.result = Value::array(reversed);
    return Outcome::Ok;
}

Outcome array_chunk_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    int64_t length = 0;
    bool preserve = false;
    if (failed(args.get_array(0, array)) || failed(args.get_long(1, length)) ||
        (args.has(2) && failed(args.get_bool(2, preserve))))
        return Outcome::Threw;
    if (length < 1)
        return args.argument_error(msg::kind::ValueError, 1, "must be greater than 0");
    Array* chunks = Array::create();
    Array* chunk = nullptr;
    for_each_position(array, [&](uint32_t pos) {
        if (chunk == nullptr) {
            chunk = Array::create(static_cast<uint32_t>(std::min<int64_t>(length, array->size())));
            chunks->append()->copy_from(Value::array(chunk));
        }
        add_element(chunk, array, pos, preserve);
        if (chunk->size() == static_cast<uint32_t>(std::min<int64_t>(length, UINT32_MAX)))
            chunk = nullptr;
    });
    *call.result = Value::array(chunks);
    return Outcome::Ok;
}

Outcome array_column_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* rows = nullptr;
    if (failed(args.get_array(0, rows)))
        return Outcome::Threw;
    const Value& column = args.at(1);
    const Value* index = args.has(2) && !args.at(2).is_null() ? &args.at(2) : nullptr;
    Array* result = Array::create();
    Value result_value = Value::array(result);
    Outcome outcome = Outcome::Ok;
    for_each_position(rows, [&](uint32_t pos) {
        const Value& row = deref(rows->value_at(pos));
        if (outcome == Outcome::Threw || !row.is_array())
            return;
        const Value* value = &row;
        if (!column.is_null()) {
            const Value* found = nullptr;
            if (failed(read_element(row.as_array(), column, true, found)))
                outcome = Outcome::Threw;
            if (found == nullptr)
                return;
            value = found;
        }
        Value* slot = nullptr;
        if (index != nullptr) {
            const Value* key = nullptr;
            if (failed(read_element(row.as_array(), *index, true, key)))
                outcome = Outcome::Threw;
            if (key != nullptr && key->is_long())
                slot = result->lookup_or_insert(key->as_long());
            else if (key != nullptr && key->is_string())
                slot = result->lookup_or_insert_offset(key->as_string());
        }
        if (slot == nullptr)
            slot = result->append();
        release_and_clear(*slot);
        copy_value(*slot, *value);
    });
    if (failed(outcome)) {
        release(result_value);
        return Outcome::Threw;
    }
    *call.result = result_value;
    return Outcome::Ok;
}

constexpr int64_t kSortRegular = 0;
constexpr int64_t kSortNumeric = 1;
constexpr int64_t kSortString = 2;

// array_unique: the first element of each group of equal ones stays, in place.
Outcome array_unique_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    int64_t flags = kSortString;
    if (failed(args.get_array(0, array)) || (args.has(1) && failed(args.get_long(1, flags))))
        return Outcome::Threw;
    Array* unique = Array::create();
    std::unordered_set<std::string> seen_strings;
    std::vector<const Value*> kept;
    for_each_position(array, [&](uint32_t pos) {
        const Value& value = deref(array->value_at(pos));
        bool duplicate = false;
        if (flags == kSortString || (flags != kSortRegular && flags != kSortNumeric)) {
            Value text = to_string(value);
            duplicate = !seen_strings.insert(std::string(text.as_string()->view())).second;
            release(text);
        } else {
            for (const Value* other : kept) {
                if (flags == kSortNumeric ? to_double(*other) == to_double(value) : [&] {
                        bool equal = false;
                        (void)loose_equals(equal, *other, value);
                        return equal;
                    }()) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate)
                kept.push_back(&value);
        }
        if (!duplicate)
            add_element(unique, array, pos, true);
    });
    *call.result = Value::array(unique);
    return Outcome::Ok;
}

// The diff/intersect family: what is compared (values as strings, keys, or both).
enum class Match { Values, Keys, Both };

bool same_string(const Value& a, const Value& b)
{
    Value x = to_string(a);
    Value y = to_string(b);
    bool same = x.as_string()->view() == y.as_string()->view();
    release(x);
    release(y);
    return same;
}

// Does `other` hold element `pos` of `array` (by value, key, or both)?
bool holds(Array* other, Array* array, uint32_t pos, Match match)
{
    ArrayKey key = array->key_at(pos);
    const Value& value = deref(array->value_at(pos));
    if (match != Match::Values) {
        const Value* found = other->find(key);
        return found != nullptr && (match == Match::Keys || same_string(deref(*found), value));
    }
    for (uint32_t p = other->next_position(0); p < other->used(); p = other->next_position(p + 1))
        if (same_string(deref(other->value_at(p)), value))
            return true;
    return false;
}

Outcome diff_or_intersect(BuiltinCall& call, Match match, bool intersect)
{
    ArgReader args(call);
    std::vector<Array*> arrays;
    if (failed(all_arrays(args, 0, arrays)))
        return Outcome::Threw;
    Array* result = Array::create();
    Array* first = arrays[0];
    for_each_position(first, [&](uint32_t pos) {
        bool keep = true;
        for (size_t i = 1; i < arrays.size() && keep; ++i)
            keep = holds(arrays[i], first, pos, match) == intersect;
        if (keep)
            add_element(result, first, pos, true);
    });
    *call.result = Value::array(result);
    return Outcome::Ok;
}

Outcome array_diff_handler(BuiltinCall& call) { return diff_or_intersect(call, Match::Values, false); }
Outcome array_diff_key_handler(BuiltinCall& call) { return diff_or_intersect(call, Match::Keys, false); }
Outcome array_diff_assoc_handler(BuiltinCall& call) { return diff_or_intersect(call, Match::Both, false); }
Outcome array_intersect_handler(BuiltinCall& call) { return diff_or_intersect(call, Match::Values, true); }
Outcome array_intersect_key_handler(BuiltinCall& call) { return diff_or_intersect(call, Match::Keys, true); }
Outcome array_intersect_assoc_handler(BuiltinCall& call) { return diff_or_intersect(call, Match::Both, true); }

constexpr BuiltinFunction kArrayBuildFunctions[] = {
    {"array_merge", array_merge_handler, 0, BuiltinFunction::kVariadic, "...arrays"},
    {"array_merge_recursive", array_merge_recursive_handler, 0, BuiltinFunction::kVariadic, "...arrays"},
    {"array_replace", array_replace_handler, 1, BuiltinFunction::kVariadic, "array,...replacements"},
    {"array_slice", array_slice_handler, 2, 4, "array,offset,length,preserve_keys"},
    {"array_reverse", array_reverse_handler, 1, 2, "array,preserve_keys"},
    {"array_chunk", array_chunk_handler, 2, 3, "array,length,preserve_keys"},
    {"array_column", array_column_handler, 2, 3, "array,column_key,index_key"},
    {"array_unique", array_unique_handler, 1, 2, "array,flags"},
    {"array_diff", array_diff_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_diff_key", array_diff_key_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_diff_assoc", array_diff_assoc_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_intersect", array_intersect_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_intersect_key", array_intersect_key_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_intersect_assoc", array_intersect_assoc_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
};

} // namespace

std::span<const BuiltinFunction> array_build_functions() { return kArrayBuildFunctions; }

} // namespace miniphp::runtime::builtins

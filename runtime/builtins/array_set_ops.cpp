// Arrays as sets (ext/standard/array.c): array_diff and array_intersect compare
// values by their string forms; array_diff_key and array_intersect_key compare
// keys; array_diff_assoc and array_intersect_assoc need the key and the value's
// string form to match. The result keeps the first array's keys and order.
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"

namespace miniphp::runtime::builtins {

namespace {

// The string form of a value (zval_get_tmp_string, warning for arrays).
std::string string_form(const Value& v)
{
    Value text = to_string(deref(v));
    std::string out(text.as_string()->view());
    release(text);
    return out;
}

// The string forms of every element of the arrays at arguments `first` to `last`.
std::unordered_set<std::string> string_forms(const ArgReader& args, uint32_t first, uint32_t last)
{
    std::unordered_set<std::string> forms;
    for (uint32_t i = first; i <= last; ++i)
        for_each(args.at(i).as_array(), [&](ArrayKey, const Value& v) { forms.insert(string_form(v)); });
    return forms;
}

// php's array_diff, with its shortcuts: an empty first array gives [], a one-element
// one is looked for in each other array in turn, and nothing to exclude returns the
// first array itself. Arrays are checked as they are reached, as php does.
Outcome array_diff_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* first = nullptr;
    if (failed(args.get_array(0, first)))
        return Outcome::Threw;
    uint32_t total = 0;
    if (first->size() == 0) {
        if (failed(all_arrays(args, 1, total)))
            return Outcome::Threw;
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    if (first->size() == 1) {
        std::string needle = string_form(first->value_at(first->next_position(0)));
        bool found = false;
        for (uint32_t i = 1; i < args.count(); ++i) {
            Array* other = nullptr;
            if (failed(args.get_array(i, other)))
                return Outcome::Threw;
            for (uint32_t pos = other->next_position(0); !found && pos < other->used(); pos = other->next_position(pos + 1))
                found = string_form(other->value_at(pos)) == needle;
        }
        if (found)
            *call.result = Value::array(Array::empty());
        else
            copy_value(*call.result, args.at(0));
        return Outcome::Ok;
    }
    if (failed(all_arrays(args, 1, total)))
        return Outcome::Threw;
    if (total == 0) {
        copy_value(*call.result, args.at(0));
        return Outcome::Ok;
    }
    std::unordered_set<std::string> exclude = string_forms(args, 1, args.count() - 1);
    Array* result = Array::create(first->size());
    for_each_position(first, [&](uint32_t pos) {
        if (exclude.count(string_form(first->value_at(pos))) == 0)
            copy_element_to(result, first, pos, true);
    });
    *call.result = Value::array(result);
    return Outcome::Ok;
}

// array_intersect: a copy of the first array without the elements whose string form
// is missing from one of the others.
Outcome array_intersect_handler(BuiltinCall& call)
{
    ArgReader args(call);
    uint32_t total = 0;
    if (failed(all_arrays(args, 0, total)))
        return Outcome::Threw;
    Array* first = args.at(0).as_array();
    std::vector<std::unordered_set<std::string>> others;
    for (uint32_t i = 1; i < args.count(); ++i)
        others.push_back(string_forms(args, i, i));
    Array* result = first->duplicate();
    for_each_position(first, [&](uint32_t pos) {
        std::string form = string_form(first->value_at(pos));
        for (const auto& forms : others) {
            if (forms.count(form) == 0) {
                result->remove(first->key_at(pos));
                return;
            }
        }
    });
    *call.result = Value::array(result);
    return Outcome::Ok;
}

// string_compare_function: the two string forms are the same bytes.
bool same_string_form(const Value& a, const Value& b) { return string_form(a) == string_form(b); }

// php_array_diff_key and php_array_intersect_key: the first array's elements whose
// key is in none (diff) or every (intersect) other array, the values' string forms
// equal too when `compare_values`.
Outcome by_keys(BuiltinCall& call, bool intersect, bool compare_values)
{
    ArgReader args(call);
    uint32_t total = 0;
    if (failed(all_arrays(args, 0, total)))
        return Outcome::Threw;
    Array* first = args.at(0).as_array();
    Array* result = Array::create();
    for_each_position(first, [&](uint32_t pos) {
        ArrayKey key = first->key_at(pos);
        const Value& value = first->value_at(pos);
        bool keep = true;
        for (uint32_t i = 1; i < args.count() && keep; ++i) {
            const Value* other = args.at(i).as_array()->find(key);
            bool matches = other != nullptr && (!compare_values || same_string_form(value, *other));
            keep = intersect ? matches : !matches;
        }
        if (keep)
            store_element(slot_for_key(result, key), value);
    });
    *call.result = Value::array(result);
    return Outcome::Ok;
}

Outcome array_diff_key_handler(BuiltinCall& call) { return by_keys(call, false, false); }
Outcome array_diff_assoc_handler(BuiltinCall& call) { return by_keys(call, false, true); }
Outcome array_intersect_key_handler(BuiltinCall& call) { return by_keys(call, true, false); }
Outcome array_intersect_assoc_handler(BuiltinCall& call) { return by_keys(call, true, true); }

constexpr BuiltinFunction kArraySetFunctions[] = {
    {"array_diff", array_diff_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_intersect", array_intersect_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_diff_key", array_diff_key_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_diff_assoc", array_diff_assoc_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_intersect_key", array_intersect_key_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
    {"array_intersect_assoc", array_intersect_assoc_handler, 1, BuiltinFunction::kVariadic, "array,...arrays"},
};

} // namespace

std::span<const BuiltinFunction> array_set_functions() { return kArraySetFunctions; }

} // namespace miniphp::runtime::builtins

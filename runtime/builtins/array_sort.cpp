// The sort builtins (ext/standard/array.c): sort, rsort, usort, asort, arsort,
// uasort, ksort, krsort, uksort. Each sorts the elements with php's own algorithm
// (runtime/hybrid_sort.h) and a comparator chosen by the flags, ties broken by the
// original position (php 8's sorts are stable), then rebuilds the array: renumbered
// for sort, rsort and usort, with its keys for the others. The array argument is
// taken by reference and replaced by the sorted one.
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/hybrid_sort.h"
#include "runtime/messages.h"
#include "runtime/natural_compare.h"
#include "runtime/operators.h"

namespace miniphp::runtime::builtins {

namespace {

enum SortFlag : int64_t {
    kSortRegular = 0,
    kSortNumeric = 1,
    kSortString = 2,
    kSortLocaleString = 5,
    kSortNatural = 6,
    kSortFlagCase = 8,
};

// 32 bytes, as a php Bucket: the original position rides in the value's aux word
// (php keeps it in Z_EXTRA for the same purpose).
struct Entry {
    Value value;     // owned; aux: the original position
    ArrayKey key;    // the string key holds a reference while sorting

    uint32_t original() const { return value.aux(); }
};
static_assert(sizeof(Entry) == 32);

// What is compared: the values or the keys; in which direction.
enum class Target { Values, Keys };

int sign(int64_t n) { return n > 0 ? 1 : (n < 0 ? -1 : 0); }

int byte_compare(std::string_view a, std::string_view b, bool fold_case)
{
    size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        int x = static_cast<unsigned char>(a[i]);
        int y = static_cast<unsigned char>(b[i]);
        if (fold_case) {
            x = std::tolower(x);
            y = std::tolower(y);
        }
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

Value key_as_value(ArrayKey key)
{
    return key.is_string() ? Value::string(key.string) : Value::integer(key.number);
}

// The comparison of two values (or keys) under a sort flag.
int compare_by_flags(const Value& a, const Value& b, int64_t flags)
{
    switch (flags & ~kSortFlagCase) {
    case kSortNumeric:
        return three_way(to_double(a), to_double(b)); // NAN sorts as greater, as in php
    case kSortNatural: {
        Value x = to_string(a);
        Value y = to_string(b);
        int order = natural_compare(x.as_string()->view(), y.as_string()->view(), (flags & kSortFlagCase) != 0);
        release(x);
        release(y);
        return order;
    }
    case kSortString:
    case kSortLocaleString: {
        Value x = to_string(a);
        Value y = to_string(b);
        int order = byte_compare(x.as_string()->view(), y.as_string()->view(), (flags & kSortFlagCase) != 0);
        release(x);
        release(y);
        return order;
    }
    default: {
        int order = 0;
        (void)compare(order, a, b);
        return order;
    }
    }
}

// php_array_key_compare_unstable_i: two int keys differ (never 0); two string keys
// compare as zendi_smart_strcmp; mixed pairs as php's comparison.
int compare_keys_regular(ArrayKey a, ArrayKey b)
{
    if (!a.is_string() && !b.is_string())
        return a.number > b.number ? 1 : -1;
    int order = 0;
    (void)compare(order, key_as_value(a), key_as_value(b));
    return order;
}

// Runs `sort` with the comparator php picks for `flags`, the common ones without
// conversions: two ints, two floats or two strings compare in place.
template <class Sort>
void with_builtin_comparator(Target target, int64_t flags, bool reverse, Sort&& sort)
{
    auto oriented = [reverse, &sort](auto base) {
        // php's reverse comparators swap the operands.
        if (reverse)
            sort([base](const Entry& a, const Entry& b) { return base(b, a); });
        else
            sort(base);
    };
    int64_t kind = flags & ~kSortFlagCase;
    if (target == Target::Keys) {
        if (kind == kSortRegular)
            oriented(([](const Entry& a, const Entry& b) { return compare_keys_regular(a.key, b.key); }));
        else
            oriented(([flags](const Entry& a, const Entry& b) {
                return compare_by_flags(key_as_value(a.key), key_as_value(b.key), flags);
            }));
        return;
    }
    if (kind == kSortString && (flags & kSortFlagCase) == 0) {
        oriented(([](const Entry& a, const Entry& b) {
            const Value& x = deref(a.value);
            const Value& y = deref(b.value);
            if (x.is_string() && y.is_string())
                return byte_compare(x.as_string()->view(), y.as_string()->view(), false);
            return compare_by_flags(x, y, kSortString);
        }));
        return;
    }
    if (kind == kSortRegular) {
        oriented(([](const Entry& a, const Entry& b) {
            const Value& x = deref(a.value);
            const Value& y = deref(b.value);
            if (x.is_long() && y.is_long())
                return x.as_long() < y.as_long() ? -1 : (x.as_long() > y.as_long() ? 1 : 0);
            int order = 0;
            (void)compare(order, x, y);
            return order;
        }));
        return;
    }
    oriented(([flags](const Entry& a, const Entry& b) {
        return compare_by_flags(deref(a.value), deref(b.value), flags);
    }));
}

// php_array_user_compare_unstable (and its key twin): the callback's answer as an
// int; a bool answer is deprecated, and false is asked again with the operands
// swapped.
struct UserComparator {
    const char* function_name;
    Callable callback;
    Target target;
    bool deprecation_shown = false;

    int call(const Value& a, const Value& b)
    {
        if (engine().has_exception())
            return 0;
        Value args[2];
        copy_value(args[0], a);
        copy_value(args[1], b);
        Value returned = Value::null();
        Outcome outcome = ArgReader::call(callback, args, 2, returned);
        release(args[0]);
        release(args[1]);
        if (outcome == Outcome::Threw) {
            release(returned);
            return 0;
        }
        if (returned.is_bool()) {
            if (!deprecation_shown) {
                deprecated(format("%s(): Returning bool from comparison function is deprecated, return an integer "
                                  "less than, equal to, or greater than zero",
                                  function_name));
                deprecation_shown = true;
            }
            if (!returned.is_true()) {
                copy_value(args[0], b);
                copy_value(args[1], a);
                Value again = Value::null();
                outcome = ArgReader::call(callback, args, 2, again);
                release(args[0]);
                release(args[1]);
                if (outcome == Outcome::Threw) {
                    release(again);
                    return 0;
                }
                int order = -sign(to_long(again));
                release(again);
                return order;
            }
        }
        int order = sign(to_long(returned));
        release(returned);
        return order;
    }

    int operator()(const Entry& a, const Entry& b)
    {
        if (target == Target::Keys)
            return call(key_as_value(a.key), key_as_value(b.key));
        return call(deref(a.value), deref(b.value));
    }
};

// Sorts the array in `slot` and puts the result back there.
template <class Order>
void sort_array(Value& slot, Order&& order, bool renumber, bool unwrap_references)
{
    Array* source = slot.as_array();
    std::vector<Entry> entries;
    entries.reserve(source->size());
    for (uint32_t pos = source->next_position(0); pos < source->used(); pos = source->next_position(pos + 1)) {
        Entry e{Value(), source->key_at(pos)};
        if (e.key.is_string())
            add_ref(Value::string(e.key.string));
        if (unwrap_references)
            copy_unwrapping_lone_reference(e.value, source->value_at(pos));
        else
            copy_value(e.value, source->value_at(pos));
        e.value.set_aux(static_cast<uint32_t>(entries.size()));
        entries.push_back(e);
    }
    // A single element needs no comparison, but sort() still renumbers it.
    if (entries.size() > 1) {
        auto cmp = [&](size_t i, size_t j) {
            int result = order(entries[i], entries[j]);
            if (result != 0)
                return result;
            // stable_sort_fallback: the original order decides.
            uint32_t a = entries[i].original();
            uint32_t b = entries[j].original();
            return a < b ? -1 : (a > b ? 1 : 0);
        };
        auto swap = [&](size_t i, size_t j) { std::swap(entries[i], entries[j]); };
        hybrid_sort(0, entries.size(), cmp, swap);
    }
    Array* sorted = Array::create(static_cast<uint32_t>(entries.size()));
    for (Entry& e : entries) {
        Value* target = renumber ? sorted->append() : sorted->lookup_or_insert(e.key);
        target->copy_from(e.value);
        if (e.key.is_string())
            release(Value::string(e.key.string));
    }
    // php sorts a separated copy in place: the array other owners keep loses one
    // owner without becoming a possible root (SEPARATE_ARRAY's GC_TRY_DELREF).
    Value old;
    old.copy_from(slot);
    slot.copy_from(Value::array(sorted));
    release_nogc(old);
}

// php 8.2 leaves the array sort(), rsort(), asort(), arsort() and the user sorts
// sorted a possible root of the collector (gc_status() counts it), as if it had lost
// an owner; ksort() and krsort() do not.
void leave_possible_root(const Value& slot)
{
    Array* sorted = slot.as_array();
    if (sorted->header.refcount != 0 && sorted->header.info_clear() && !sorted->is_immutable())
        check_possible_root(&sorted->header);
}

// The by-reference array argument, as php's Z_PARAM_ARRAY_EX(array, 0, 1).
Outcome array_argument(BuiltinCall& call, const ArgReader& args, Value*& slot)
{
    Value& target = deref(call.args[0]);
    if (!target.is_array())
        return args.type_error(0, "array");
    slot = &target;
    return Outcome::Ok;
}

Outcome flags_argument(const ArgReader& args, int64_t& flags)
{
    flags = kSortRegular;
    if (args.has(1) && failed(args.get_long(1, flags)))
        return Outcome::Threw;
    return Outcome::Ok;
}

Outcome builtin_sort(BuiltinCall& call, Target target, bool reverse, bool renumber)
{
    ArgReader args(call);
    Value* slot = nullptr;
    int64_t flags = 0;
    if (failed(array_argument(call, args, slot)) || failed(flags_argument(args, flags)))
        return Outcome::Threw;
    with_builtin_comparator(target, flags, reverse,
                            [&](auto order) { sort_array(*slot, order, renumber, false); });
    if (target == Target::Values)
        leave_possible_root(*slot);
    *call.result = Value::boolean(true);
    return Outcome::Ok;
}

// php_usort: the callback works on a copy, which replaces the array at the end.
Outcome user_sort(BuiltinCall& call, Target target, bool renumber)
{
    ArgReader args(call);
    Value* slot = nullptr;
    UserComparator comparator{call.function->name.data(), {}, target};
    if (failed(array_argument(call, args, slot)) || failed(args.get_callable(1, comparator.callback)))
        return Outcome::Threw;
    Value copy;
    copy_value(copy, *slot);
    sort_array(copy, [&comparator](const Entry& a, const Entry& b) { return comparator(a, b); }, renumber, true);
    if (engine().has_exception()) {
        release(copy);
        return Outcome::Threw;
    }
    Value old;
    old.copy_from(*slot);
    slot->copy_from(copy);
    release(old);
    leave_possible_root(*slot);
    *call.result = Value::boolean(true);
    return Outcome::Ok;
}

Outcome sort_handler(BuiltinCall& call) { return builtin_sort(call, Target::Values, false, true); }
Outcome rsort_handler(BuiltinCall& call) { return builtin_sort(call, Target::Values, true, true); }
Outcome asort_handler(BuiltinCall& call) { return builtin_sort(call, Target::Values, false, false); }
Outcome arsort_handler(BuiltinCall& call) { return builtin_sort(call, Target::Values, true, false); }
Outcome ksort_handler(BuiltinCall& call) { return builtin_sort(call, Target::Keys, false, false); }
Outcome krsort_handler(BuiltinCall& call) { return builtin_sort(call, Target::Keys, true, false); }
Outcome usort_handler(BuiltinCall& call) { return user_sort(call, Target::Values, true); }
Outcome uasort_handler(BuiltinCall& call) { return user_sort(call, Target::Values, false); }
Outcome uksort_handler(BuiltinCall& call) { return user_sort(call, Target::Keys, false); }

// array_unique with SORT_STRING: the first element of each string form is kept.
Array* unique_by_string(Array* array)
{
    Array* result = Array::create();
    std::unordered_set<std::string> seen;
    for_each_position(array, [&](uint32_t pos) {
        const Value& raw = array->value_at(pos);
        Value text = to_string(deref(raw));
        bool first = seen.emplace(text.as_string()->view()).second;
        release(text);
        if (first)
            store_element(slot_for_key(result, array->key_at(pos)), raw);
    });
    return result;
}

// array_unique with another flag: php sorts the elements with the flag's comparison
// (no tie-break: the unstable comparator, so the same comparisons as php's), then
// of each run of equal neighbours deletes all but the one first in the array from
// a copy of the array.
Array* unique_by_sorting(Array* array, int64_t flags)
{
    Array* result = array->duplicate();
    struct Item {
        uint32_t pos;
        uint32_t index;
    };
    std::vector<Item> items;
    items.reserve(array->size());
    for_each_position(array, [&](uint32_t pos) { items.push_back({pos, static_cast<uint32_t>(items.size())}); });
    auto order = [&](const Item& a, const Item& b) {
        return compare_by_flags(deref(array->value_at(a.pos)), deref(array->value_at(b.pos)), flags);
    };
    auto cmp = [&](size_t i, size_t j) { return order(items[i], items[j]); };
    auto swap = [&](size_t i, size_t j) { std::swap(items[i], items[j]); };
    hybrid_sort(0, items.size(), cmp, swap);
    size_t kept = 0;
    for (size_t i = 1; i < items.size(); ++i) {
        if (order(items[kept], items[i]) != 0) {
            kept = i;
            continue;
        }
        size_t dropped = i;
        if (items[kept].index > items[i].index) {
            dropped = kept;
            kept = i;
        }
        result->remove(array->key_at(items[dropped].pos));
    }
    return result;
}

Outcome array_unique_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    int64_t flags = kSortString;
    if (failed(args.get_array(0, array)) || (args.has(1) && failed(args.get_long(1, flags))))
        return Outcome::Threw;
    if (array->size() <= 1) {
        copy_value(*call.result, args.at(0));
        return Outcome::Ok;
    }
    Array* result = flags == kSortString ? unique_by_string(array) : unique_by_sorting(array, flags);
    *call.result = Value::array(result);
    return Outcome::Ok;
}

constexpr uint32_t kFirstByReference = 1;

constexpr BuiltinFunction kSortFunctions[] = {
    {"sort", sort_handler, 1, 2, "array,flags", kFirstByReference},
    {"rsort", rsort_handler, 1, 2, "array,flags", kFirstByReference},
    {"asort", asort_handler, 1, 2, "array,flags", kFirstByReference},
    {"arsort", arsort_handler, 1, 2, "array,flags", kFirstByReference},
    {"ksort", ksort_handler, 1, 2, "array,flags", kFirstByReference},
    {"krsort", krsort_handler, 1, 2, "array,flags", kFirstByReference},
    {"usort", usort_handler, 2, 2, "array,callback", kFirstByReference},
    {"uasort", uasort_handler, 2, 2, "array,callback", kFirstByReference},
    {"uksort", uksort_handler, 2, 2, "array,callback", kFirstByReference},
    {"array_unique", array_unique_handler, 1, 2, "array,flags"},
};

constexpr BuiltinConstant kSortConstants[] = {
    long_constant("SORT_REGULAR", kSortRegular),
    long_constant("SORT_NUMERIC", kSortNumeric),
    long_constant("SORT_STRING", kSortString),
    long_constant("SORT_LOCALE_STRING", kSortLocaleString),
    long_constant("SORT_NATURAL", kSortNatural),
    long_constant("SORT_FLAG_CASE", kSortFlagCase),
    long_constant("SORT_ASC", 4),
    long_constant("SORT_DESC", 3),
};

} // namespace

std::span<const BuiltinFunction> sort_functions() { return kSortFunctions; }
std::span<const BuiltinConstant> sort_constants() { return kSortConstants; }

} // namespace miniphp::runtime::builtins

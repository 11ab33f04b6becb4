// Combining whole arrays (ext/standard/array.c): array_merge, array_merge_recursive
// and array_replace. Every argument is checked to be an array before anything is
// built; string keys of later arrays overwrite (or, recursively, merge with) earlier
// ones, int keys are appended by the merges and overwritten by array_replace.
#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

Array* array_arg(const ArgReader& args, uint32_t index) { return args.at(index).as_array(); }

// php_array_merge: string keys overwrite, int keys go to the end.
void merge_into(Array* dest, Array* src)
{
    for_each_position(src, [&](uint32_t pos) { copy_element_to(dest, src, pos, false); });
}

// With two arrays one of which is empty, php returns the other one itself when that
// needs no renumbering: a list without holes, or an array of string keys only.
bool returns_other_as_is(Array* array)
{
    if (array->is_packed())
        return array->used() == array->size();
    bool strings_only = true;
    for_each(array, [&](ArrayKey key, const Value&) { strings_only = strings_only && key.is_string(); });
    return strings_only;
}

// SEPARATE_ZVAL on an element about to be merged into: a reference (always shared
// here) gives way to a copy of its value, and an array is separated.
void separate_element(Value& slot)
{
    if (slot.is_reference()) {
        Reference* ref = slot.as_reference();
        if (ref->header.refcount == 1) {
            slot.copy_from(ref->value); // the value moves out of the freed cell
            ref->value.set_null();
            Reference::destroy(ref);
            if (slot.is_array())
                separate_array(slot);
            return;
        }
        --ref->header.refcount;
        const Value& inner = ref->value;
        if (inner.is_array()) {
            slot.copy_from(Value::array(inner.as_array()->duplicate()));
            return;
        }
        copy_value(slot, inner);
        return;
    }
    if (slot.is_array())
        separate_array(slot);
}

// convert_to_array on an element being merged into: null becomes [null], any other
// scalar the one element of a new list.
Array* element_as_array(Value& slot)
{
    if (slot.is_array())
        return slot.as_array();
    Array* array = Array::create();
    Value* first = array->append();
    if (slot.is_null())
        first->set_null();
    else
        first->copy_from(slot); // the scalar moves into the new array
    slot.copy_from(Value::array(array));
    return array;
}

// php_array_merge_recursive.
Outcome merge_recursive_into(Array* dest, Array* src)
{
    for (uint32_t pos = src->next_position(0); pos < src->used(); pos = src->next_position(pos + 1)) {
        ArrayKey key = src->key_at(pos);
        Value& src_entry = src->value_at(pos);
        Value* dest_entry = key.is_string() ? dest->find(key.string) : nullptr;
        if (dest_entry == nullptr) {
            Value* slot = key.is_string() ? dest->lookup_or_insert(key.string) : dest->append();
            if (slot != nullptr)
                store_element(slot, src_entry);
            continue;
        }
        const Value& src_value = deref(src_entry);
        const Value& dest_value = deref(*dest_entry);
        Array* guarded = dest_value.is_array() ? dest_value.as_array() : nullptr;
        bool shared_self = &src_entry == dest_entry && dest_entry->is_reference() &&
                           dest_entry->as_reference()->header.refcount % 2 != 0;
        if ((guarded != nullptr && !guarded->is_immutable() && guarded->header.has_flag(gc::Protected)) ||
            shared_self)
            return throw_error(msg::kind::Error, "Recursion detected");
        separate_element(*dest_entry);
        Array* target = element_as_array(*dest_entry);
        if (src_value.is_array()) {
            if (guarded != nullptr && !guarded->enter_recursion())
                return throw_error(msg::kind::Error, "Recursion detected");
            Outcome outcome = merge_recursive_into(target, src_value.as_array());
            if (guarded != nullptr)
                guarded->leave_recursion();
            if (failed(outcome))
                return Outcome::Threw;
            continue;
        }
        Value* slot = target->append();
        if (slot == nullptr)
            return throw_error(msg::kind::Error, msg::NextElementOccupied);
        copy_value(*slot, src_value);
    }
    return Outcome::Ok;
}

Outcome merge(BuiltinCall& call, bool recursive)
{
    ArgReader args(call);
    if (args.count() == 0) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    uint32_t total = 0;
    if (failed(all_arrays(args, 0, total)))
        return Outcome::Threw;
    if (args.count() == 2) {
        int other = array_arg(args, 0)->size() == 0 ? 1 : array_arg(args, 1)->size() == 0 ? 0 : -1;
        if (other >= 0 && returns_other_as_is(array_arg(args, other))) {
            copy_value(*call.result, args.at(other));
            return Outcome::Ok;
        }
    }
    Array* dest = Array::create(total);
    *call.result = Value::array(dest);
    merge_into(dest, array_arg(args, 0));
    for (uint32_t i = 1; i < args.count(); ++i) {
        if (!recursive)
            merge_into(dest, array_arg(args, i));
        else if (failed(merge_recursive_into(dest, array_arg(args, i))))
            return Outcome::Threw;
    }
    return Outcome::Ok;
}

Outcome array_merge_handler(BuiltinCall& call) { return merge(call, false); }
Outcome array_merge_recursive_handler(BuiltinCall& call) { return merge(call, true); }

// php_array_replace_wrapper: a copy of the first array, then every key of the others
// written over it in turn.
Outcome array_replace_handler(BuiltinCall& call)
{
    ArgReader args(call);
    uint32_t total = 0;
    if (failed(all_arrays(args, 0, total)))
        return Outcome::Threw;
    Array* dest = array_arg(args, 0)->duplicate();
    for (uint32_t i = 1; i < args.count(); ++i) {
        Array* src = array_arg(args, i);
        for_each_position(src, [&](uint32_t pos) { copy_element_to(dest, src, pos, true); });
    }
    *call.result = Value::array(dest);
    return Outcome::Ok;
}

constexpr BuiltinFunction kArrayMergeFunctions[] = {
    {"array_merge", array_merge_handler, 0, BuiltinFunction::kVariadic, "...arrays"},
    {"array_merge_recursive", array_merge_recursive_handler, 0, BuiltinFunction::kVariadic, "...arrays"},
    {"array_replace", array_replace_handler, 1, BuiltinFunction::kVariadic, "array,...replacements"},
};

} // namespace

std::span<const BuiltinFunction> array_merge_functions() { return kArrayMergeFunctions; }

} // namespace miniphp::runtime::builtins

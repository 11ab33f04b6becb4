// Array builtins that change the array they are given by reference
// (ext/standard/array.c): array_push, array_pop, array_shift, array_unshift,
// array_splice, and the internal pointer: current, key, next, prev, reset, end.
// The array is separated first when shared (copy-on-write).
#include <vector>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

// The array in the by-reference argument `index`, made writable; nullptr after the
// TypeError when it holds something else.
Array* writable_array(BuiltinCall& call, const ArgReader& args, uint32_t index, const char* expected = "array")
{
    Value& slot = deref(call.args[index]);
    if (!slot.is_array()) {
        (void)args.type_error(index, expected);
        return nullptr;
    }
    Array* array = slot.as_array();
    if (array->header.refcount > 1 || array->is_immutable()) {
        Array* copy = array->duplicate();
        release(slot);
        slot.copy_from(Value::array(copy));
        array = copy;
    }
    return array;
}

// Rebuilds `array` from `elements` (key, owned value) with int keys renumbered
// from 0, string keys kept; the internal pointer goes back to the start.
void rebuild(Value& slot, std::vector<std::pair<ArrayKey, Value>>& elements)
{
    Array* fresh = Array::create(static_cast<uint32_t>(elements.size()));
    for (auto& [key, value] : elements) {
        Value* target = key.is_string() ? fresh->lookup_or_insert(key.string) : fresh->append();
        target->copy_from(value);
        if (key.is_string())
            release(Value::string(key.string));
    }
    Value old;
    old.copy_from(slot);
    slot.copy_from(Value::array(fresh));
    release(old);
}

// The elements of `array` as (key, value) pairs each holding a reference.
std::vector<std::pair<ArrayKey, Value>> take_elements(Array* array)
{
    std::vector<std::pair<ArrayKey, Value>> out;
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        ArrayKey key = array->key_at(pos);
        if (key.is_string())
            add_ref(Value::string(key.string));
        Value v;
        copy_value(v, array->value_at(pos));
        out.emplace_back(key, v);
    }
    return out;
}

Outcome array_push_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = writable_array(call, args, 0);
    if (array == nullptr)
        return Outcome::Threw;
    for (uint32_t i = 1; i < call.argc; ++i) {
        Value* slot = array->append();
        if (slot == nullptr)
            return throw_error(msg::kind::Error, msg::NextElementOccupied);
        copy_value(*slot, call.args[i]);
    }
    *call.result = Value::integer(array->size());
    return Outcome::Ok;
}

Outcome array_pop_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = writable_array(call, args, 0);
    if (array == nullptr)
        return Outcome::Threw;
    *call.result = Value::null();
    if (array->size() == 0)
        return Outcome::Ok;
    uint32_t last = array->used() - 1; // trailing holes are always trimmed
    ArrayKey key = array->key_at(last);
    copy_value(*call.result, deref(array->value_at(last)));
    // The next append reuses the popped int key.
    if (!key.is_string() && key.number == array->next_free_element() - 1)
        array->set_next_free_element(key.number);
    array->delete_at(last);
    array->set_internal_pointer(array->next_position(0));
    return Outcome::Ok;
}

Outcome array_shift_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = writable_array(call, args, 0);
    if (array == nullptr)
        return Outcome::Threw;
    *call.result = Value::null();
    if (array->size() == 0)
        return Outcome::Ok;
    uint32_t first = array->next_position(0);
    copy_value(*call.result, deref(array->value_at(first)));
    array->delete_at(first);
    std::vector<std::pair<ArrayKey, Value>> rest = take_elements(array);
    rebuild(deref(call.args[0]), rest);
    return Outcome::Ok;
}

Outcome array_unshift_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = writable_array(call, args, 0);
    if (array == nullptr)
        return Outcome::Threw;
    std::vector<std::pair<ArrayKey, Value>> elements;
    for (uint32_t i = 1; i < call.argc; ++i) {
        Value v;
        copy_value(v, call.args[i]);
        elements.emplace_back(ArrayKey::integer(0), v);
    }
    for (auto& element : take_elements(array))
        elements.push_back(element);
    Value& slot = deref(call.args[0]);
    rebuild(slot, elements);
    *call.result = Value::integer(slot.as_array()->size());
    return Outcome::Ok;
}

// array_splice's replacement: an array's values, or one value.
void add_replacement(std::vector<std::pair<ArrayKey, Value>>& kept, const Value& replacement)
{
    if (!replacement.is_array()) {
        Value v;
        copy_value(v, replacement);
        kept.emplace_back(ArrayKey::integer(0), v);
        return;
    }
    Array* r = replacement.as_array();
    for (uint32_t pos = r->next_position(0); pos < r->used(); pos = r->next_position(pos + 1)) {
        Value v;
        copy_unwrapping_lone_reference(v, r->value_at(pos));
        kept.emplace_back(ArrayKey::integer(0), v);
    }
}

// array_splice: the removed elements are returned (string keys kept), the
// replacement's values take their place, int keys are renumbered.
Outcome array_splice_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = writable_array(call, args, 0);
    if (array == nullptr)
        return Outcome::Threw;
    int64_t offset = 0;
    int64_t length = 0;
    bool length_is_null = true;
    if (failed(args.get_long(1, offset)) || (args.has(2) && failed(args.get_long_or_null(2, length, length_is_null))))
        return Outcome::Threw;
    int64_t size = array->size();
    if (offset < 0 && (offset += size) < 0)
        offset = 0;
    else if (offset > size)
        offset = size;
    if (length_is_null)
        length = size;
    if (length < 0 && (length = size - offset + length) < 0)
        length = 0;
    else if (offset + length > size)
        length = size - offset;
    std::vector<std::pair<ArrayKey, Value>> elements = take_elements(array);
    std::vector<std::pair<ArrayKey, Value>> kept;
    Array* removed = Array::create(static_cast<uint32_t>(length));
    for (int64_t i = 0; i < static_cast<int64_t>(elements.size()); ++i) {
        auto& [key, value] = elements[static_cast<size_t>(i)];
        if (i == offset && args.has(3))
            add_replacement(kept, args.at(3));
        if (i >= offset && i < offset + length) {
            Value* slot = key.is_string() ? removed->lookup_or_insert(key.string) : removed->append();
            slot->copy_from(value);
            if (key.is_string())
                release(Value::string(key.string));
        } else {
            kept.emplace_back(key, value);
        }
    }
    // A replacement at the end (offset past the last element).
    if (offset >= static_cast<int64_t>(elements.size()) && args.has(3))
        add_replacement(kept, args.at(3));
    rebuild(deref(call.args[0]), kept);
    *call.result = Value::array(removed);
    return Outcome::Ok;
}

// --- the internal pointer -------------------------------------------------------

// The value at the internal pointer (the first element at or after it), or false.
Value value_at_pointer(Array* array)
{
    uint32_t pos = array->next_position(array->internal_pointer());
    if (pos >= array->used())
        return Value::boolean(false);
    Value v;
    copy_value(v, deref(array->value_at(pos)));
    return v;
}

Outcome current_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (!call.args[0].is_array())
        return args.type_error(0, "array");
    array = call.args[0].as_array();
    *call.result = value_at_pointer(array);
    return Outcome::Ok;
}

Outcome key_handler(BuiltinCall& call)
{
    ArgReader args(call);
    if (!call.args[0].is_array())
        return args.type_error(0, "array");
    Array* array = call.args[0].as_array();
    uint32_t pos = array->next_position(array->internal_pointer());
    *call.result = pos < array->used() ? array->key_at(pos).to_value() : Value::null();
    return Outcome::Ok;
}

enum class Move { Next, Prev, Reset, End };

Outcome move_pointer(BuiltinCall& call, Move move)
{
    ArgReader args(call);
    Array* array = writable_array(call, args, 0);
    if (array == nullptr)
        return Outcome::Threw;
    uint32_t used = array->used();
    uint32_t pos = array->next_position(array->internal_pointer());
    switch (move) {
    case Move::Next:
        if (pos < used)
            pos = array->next_position(pos + 1);
        break;
    case Move::Prev:
        if (pos >= used) {
            break;
        }
        do {
            if (pos == 0) {
                pos = used;
                break;
            }
            --pos;
        } while (array->value_at(pos).is_undef());
        break;
    case Move::Reset: pos = array->next_position(0); break;
    case Move::End:
        pos = used;
        while (pos > 0 && array->value_at(pos - 1).is_undef())
            --pos;
        pos = pos > 0 ? pos - 1 : used;
        break;
    }
    array->set_internal_pointer(pos);
    *call.result = value_at_pointer(array);
    return Outcome::Ok;
}

Outcome next_handler(BuiltinCall& call) { return move_pointer(call, Move::Next); }
Outcome prev_handler(BuiltinCall& call) { return move_pointer(call, Move::Prev); }
Outcome reset_handler(BuiltinCall& call) { return move_pointer(call, Move::Reset); }
Outcome end_handler(BuiltinCall& call) { return move_pointer(call, Move::End); }

constexpr uint32_t kFirstByReference = 1;

constexpr BuiltinFunction kArrayStackFunctions[] = {
    {"array_push", array_push_handler, 1, BuiltinFunction::kVariadic, "array,...values", kFirstByReference},
    {"array_pop", array_pop_handler, 1, 1, "array", kFirstByReference},
    {"array_shift", array_shift_handler, 1, 1, "array", kFirstByReference},
    {"array_unshift", array_unshift_handler, 1, BuiltinFunction::kVariadic, "array,...values", kFirstByReference},
    {"array_splice", array_splice_handler, 2, 4, "array,offset,length,replacement", kFirstByReference},
    {"current", current_handler, 1, 1, "array"},
    {"pos", current_handler, 1, 1, "array"},
    {"key", key_handler, 1, 1, "array"},
    {"next", next_handler, 1, 1, "array", kFirstByReference},
    {"prev", prev_handler, 1, 1, "array", kFirstByReference},
    {"reset", reset_handler, 1, 1, "array", kFirstByReference},
    {"end", end_handler, 1, 1, "array", kFirstByReference},
};

} // namespace

std::span<const BuiltinFunction> array_stack_functions() { return kArrayStackFunctions; }

} // namespace miniphp::runtime::builtins

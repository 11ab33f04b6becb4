// The array as a stack or a queue (ext/standard/array.c): array_push, array_pop,
// array_shift and array_unshift. Each takes the array by reference and changes the
// caller's variable; pop and shift give the removed value (null for an empty
// array), push and unshift the new element count. Shift and unshift renumber the
// int keys from 0 and keep the string keys; pop, shift and unshift move the
// internal pointer back to the first element.
#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

void reset_internal_pointer(Array* array) { array->set_internal_pointer(array->next_position(0)); }

Outcome array_push_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array_for_write(0, array)))
        return Outcome::Threw;
    for (uint32_t i = 1; i < args.count(); ++i) {
        Value* slot = array->append();
        if (slot == nullptr)
            return throw_error(msg::kind::Error, msg::NextElementOccupied);
        copy_value(*slot, args.at(i));
    }
    *call.result = Value::integer(array->size());
    return Outcome::Ok;
}

Outcome array_pop_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array_for_write(0, array)))
        return Outcome::Threw;
    if (array->size() == 0)
        return Outcome::Ok;
    uint32_t last = array->used() - 1;
    while (array->value_at(last).is_undef())
        --last;
    copy_value(*call.result, deref(array->value_at(last)));
    // Popping the last int key appended gives that key to the next append again.
    ArrayKey key = array->key_at(last);
    int64_t next = array->next_free_element();
    if (!key.is_string() && next != Array::kNoNextFree && key.number == next - 1)
        array->set_next_free_element(next - 1);
    array->delete_at(last);
    reset_internal_pointer(array);
    return Outcome::Ok;
}

Outcome array_shift_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    Value* slot = nullptr;
    if (failed(args.get_array_for_write(0, array, &slot)))
        return Outcome::Threw;
    if (array->size() == 0)
        return Outcome::Ok;
    uint32_t first = array->next_position(0);
    copy_value(*call.result, deref(array->value_at(first)));
    Array* shifted = Array::create(array->size() - 1);
    int64_t next_int = 0;
    for_each_position(array, [&](uint32_t pos) {
        if (pos == first)
            return;
        ArrayKey key = array->key_at(pos);
        Value* target = key.is_string() ? shifted->lookup_or_insert(key.string) : shifted->lookup_or_insert(next_int++);
        copy_value(*target, array->value_at(pos));
    });
    shifted->set_next_free_element(next_int);
    replace_array(*slot, shifted);
    return Outcome::Ok;
}

Outcome array_unshift_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    Value* slot = nullptr;
    if (failed(args.get_array_for_write(0, array, &slot)))
        return Outcome::Threw;
    Array* result = Array::create(array->size() + args.count() - 1);
    for (uint32_t i = 1; i < args.count(); ++i)
        copy_value(*result->append(), args.at(i));
    for_each_position(array, [&](uint32_t pos) { move_element_to(result, array, pos); });
    replace_array(*slot, result);
    *call.result = Value::integer(result->size());
    return Outcome::Ok;
}

constexpr uint32_t kFirstByReference = 1;

constexpr BuiltinFunction kArrayStackFunctions[] = {
    {"array_push", array_push_handler, 1, BuiltinFunction::kVariadic, "array,...values", kFirstByReference},
    {"array_pop", array_pop_handler, 1, 1, "array", kFirstByReference},
    {"array_shift", array_shift_handler, 1, 1, "array", kFirstByReference},
    {"array_unshift", array_unshift_handler, 1, BuiltinFunction::kVariadic, "array,...values", kFirstByReference},
};

} // namespace

std::span<const BuiltinFunction> array_stack_functions() { return kArrayStackFunctions; }

} // namespace miniphp::runtime::builtins

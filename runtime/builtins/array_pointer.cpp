// The internal pointer (ext/standard/array.c, Zend/zend_hash.c): current/pos and
// key read the element under it; next, prev, reset and end move it (taking the
// array by reference, as php's do) and then read the element. Past either end
// current() is false and key() null. A pointer left on a deleted element reads the
// next one, as zend_hash_get_current_pos does.
#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"

namespace miniphp::runtime::builtins {

namespace {

// The element under the pointer (a copy of its dereferenced value), or false.
void current_value(Array* array, Value& result)
{
    uint32_t pos = array->next_position(array->internal_pointer());
    if (pos >= array->used())
        result = Value::boolean(false);
    else
        copy_value(result, deref(array->value_at(pos)));
}

Outcome current_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(0, array)))
        return Outcome::Threw;
    current_value(array, *call.result);
    return Outcome::Ok;
}

Outcome key_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array(0, array)))
        return Outcome::Threw;
    uint32_t pos = array->next_position(array->internal_pointer());
    *call.result = pos < array->used() ? key_value(array->key_at(pos)) : Value::null();
    return Outcome::Ok;
}

// The last position holding an element before `pos`, or used() when there is none.
uint32_t previous_position(const Array* array, uint32_t pos)
{
    while (pos > 0) {
        --pos;
        if (!array->value_at(pos).is_undef())
            return pos;
    }
    return array->used();
}

enum class Move { Next, Prev, Reset, End };

Outcome move_pointer(BuiltinCall& call, Move move)
{
    ArgReader args(call);
    Array* array = nullptr;
    if (failed(args.get_array_for_write(0, array)))
        return Outcome::Threw;
    uint32_t used = array->used();
    uint32_t pointer = array->internal_pointer();
    switch (move) {
    case Move::Next: {
        uint32_t pos = array->next_position(pointer);
        if (pos < used)
            array->set_internal_pointer(array->next_position(pos + 1));
        break;
    }
    case Move::Prev:
        // zend_hash_move_backwards_ex starts from the pointer as it is.
        if (pointer < used)
            array->set_internal_pointer(previous_position(array, pointer));
        break;
    case Move::Reset:
        array->set_internal_pointer(array->next_position(0));
        break;
    case Move::End:
        array->set_internal_pointer(previous_position(array, used));
        break;
    }
    current_value(array, *call.result);
    return Outcome::Ok;
}

Outcome next_handler(BuiltinCall& call) { return move_pointer(call, Move::Next); }
Outcome prev_handler(BuiltinCall& call) { return move_pointer(call, Move::Prev); }
Outcome reset_handler(BuiltinCall& call) { return move_pointer(call, Move::Reset); }
Outcome end_handler(BuiltinCall& call) { return move_pointer(call, Move::End); }

constexpr uint32_t kFirstByReference = 1;

constexpr BuiltinFunction kArrayPointerFunctions[] = {
    {"current", current_handler, 1, 1, "array"},
    {"pos", current_handler, 1, 1, "array"},
    {"key", key_handler, 1, 1, "array"},
    {"next", next_handler, 1, 1, "array", kFirstByReference},
    {"prev", prev_handler, 1, 1, "array", kFirstByReference},
    {"reset", reset_handler, 1, 1, "array", kFirstByReference},
    {"end", end_handler, 1, 1, "array", kFirstByReference},
};

} // namespace

std::span<const BuiltinFunction> array_pointer_functions() { return kArrayPointerFunctions; }

} // namespace miniphp::runtime::builtins

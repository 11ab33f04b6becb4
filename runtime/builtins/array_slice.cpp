// Taking arrays apart (ext/standard/array.c): array_slice, array_splice,
// array_reverse and array_chunk. Offsets and lengths count elements, not keys; a
// negative offset counts from the end and a negative length stops that many
// elements before it, clamped as php clamps them.
#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"
#include "runtime/messages.h"

namespace miniphp::runtime::builtins {

namespace {

// The optional ?int length at `index`: the element count when absent or null.
Outcome length_argument(const ArgReader& args, uint32_t index, int64_t count, int64_t& length)
{
    bool is_null = true;
    if (args.has(index) && failed(args.get_long_or_null(index, length, is_null)))
        return Outcome::Threw;
    if (is_null)
        length = count;
    return Outcome::Ok;
}

// A negative offset counts from the end (0 at the most); a negative length leaves
// that many elements out at the end; a length past the end stops there.
// php_splice makes the past-the-end test in 32-bit unsigned arithmetic, where a huge
// length can wrap around and escape the clamp (then nothing is removed).
void clamp_length(int64_t count, int64_t offset, int64_t& length, bool wrap_32 = false)
{
    bool past_end = wrap_32 ? static_cast<uint32_t>(offset) + static_cast<uint32_t>(length) > static_cast<uint32_t>(count)
                            : static_cast<uint64_t>(offset) + static_cast<uint64_t>(length) > static_cast<uint64_t>(count);
    if (length < 0)
        length = count - offset + length;
    else if (past_end)
        length = count - offset;
}

int64_t clamp_offset(int64_t count, int64_t offset)
{
    if (offset < 0 && (offset = count + offset) < 0)
        return 0;
    return offset;
}

Outcome array_slice_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    int64_t offset = 0;
    int64_t length = 0;
    bool preserve_keys = false;
    if (failed(args.get_array(0, array)) || failed(args.get_long(1, offset)))
        return Outcome::Threw;
    int64_t count = array->size();
    if (failed(length_argument(args, 2, count, length)) || (args.has(3) && failed(args.get_bool(3, preserve_keys))))
        return Outcome::Threw;
    if (offset > count) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    offset = clamp_offset(count, offset);
    clamp_length(count, offset, length);
    if (length <= 0) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    Array* slice = Array::create(static_cast<uint32_t>(length));
    int64_t seen = 0;
    for_each_position(array, [&](uint32_t pos) {
        ++seen;
        if (seen > offset && seen <= offset + length)
            copy_element_to(slice, array, pos, preserve_keys);
    });
    *call.result = Value::array(slice);
    return Outcome::Ok;
}

// php_splice: the array rebuilt from the elements before the offset, the
// replacement, and those after the removed run; the removed ones go to `removed`.
Array* splice(Array* array, int64_t offset, int64_t length, Array* replacement, Array* removed)
{
    int64_t count = array->size();
    offset = offset > count ? count : clamp_offset(count, offset);
    clamp_length(count, offset, length, true);
    // php compares positions with offset + length in wrapping arithmetic.
    int64_t end = static_cast<int64_t>(static_cast<uint64_t>(offset) + static_cast<uint64_t>(length));
    Array* result = Array::create(static_cast<uint32_t>((length > 0 ? count - length : 0) +
                                                        (replacement != nullptr ? replacement->size() : 0)));
    int64_t seen = 0;
    bool replaced = false;
    auto insert_replacement = [&] {
        replaced = true;
        if (replacement == nullptr)
            return;
        for_each_position(replacement, [&](uint32_t pos) { copy_value(*result->append(), replacement->value_at(pos)); });
    };
    for_each_position(array, [&](uint32_t pos) {
        if (seen < offset) {
            move_element_to(result, array, pos);
        } else if (seen < end && !replaced) {
            move_element_to(removed, array, pos);
        } else {
            if (!replaced)
                insert_replacement();
            move_element_to(result, array, pos);
        }
        ++seen;
    });
    if (!replaced)
        insert_replacement();
    return result;
}

Outcome array_splice_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    Value* slot = nullptr;
    int64_t offset = 0;
    int64_t length = 0;
    if (failed(args.get_array_for_write(0, array, &slot)) || failed(args.get_long(1, offset)) ||
        failed(length_argument(args, 2, array->size(), length)))
        return Outcome::Threw;
    // The replacement as convert_to_array makes it: null is none, a scalar one element.
    Array* replacement = nullptr;
    Array* wrapped = nullptr;
    if (args.has(3)) {
        const Value& given = deref(args.at(3));
        if (given.is_array()) {
            replacement = given.as_array();
        } else if (!given.is_null()) {
            wrapped = Array::create();
            copy_value(*wrapped->append(), given);
            replacement = wrapped;
        }
    }
    Array* removed = Array::create();
    *call.result = Value::array(removed);
    replace_array(*slot, splice(array, offset, length, replacement, removed));
    if (wrapped != nullptr)
        release(Value::array(wrapped));
    return Outcome::Ok;
}

Outcome array_reverse_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    bool preserve_keys = false;
    if (failed(args.get_array(0, array)) || (args.has(1) && failed(args.get_bool(1, preserve_keys))))
        return Outcome::Threw;
    Array* reversed = Array::create(array->size());
    for_each_position_reversed(array, [&](uint32_t pos) { copy_element_to(reversed, array, pos, preserve_keys); });
    *call.result = Value::array(reversed);
    return Outcome::Ok;
}

Outcome array_chunk_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* array = nullptr;
    int64_t size = 0;
    bool preserve_keys = false;
    if (failed(args.get_array(0, array)) || failed(args.get_long(1, size)) ||
        (args.has(2) && failed(args.get_bool(2, preserve_keys))))
        return Outcome::Threw;
    if (size < 1)
        return args.argument_error(msg::kind::ValueError, 1, "must be greater than 0");
    int64_t count = array->size();
    if (count == 0) {
        *call.result = Value::array(Array::empty());
        return Outcome::Ok;
    }
    if (size > count)
        size = count;
    Array* chunks = Array::create(static_cast<uint32_t>((count - 1) / size + 1));
    Array* chunk = nullptr;
    int64_t filled = 0;
    for_each_position(array, [&](uint32_t pos) {
        if (chunk == nullptr)
            chunk = Array::create(static_cast<uint32_t>(size));
        if (preserve_keys)
            copy_element_to(chunk, array, pos, true);
        else
            store_element(chunk->append(), array->value_at(pos));
        if (++filled % size == 0) {
            chunks->append()->copy_from(Value::array(chunk));
            chunk = nullptr;
        }
    });
    if (chunk != nullptr)
        chunks->append()->copy_from(Value::array(chunk));
    *call.result = Value::array(chunks);
    return Outcome::Ok;
}

constexpr uint32_t kFirstByReference = 1;

constexpr BuiltinFunction kArraySliceFunctions[] = {
    {"array_slice", array_slice_handler, 2, 4, "array,offset,length,preserve_keys"},
    {"array_splice", array_splice_handler, 2, 4, "array,offset,length,replacement", kFirstByReference},
    {"array_reverse", array_reverse_handler, 1, 2, "array,preserve_keys"},
    {"array_chunk", array_chunk_handler, 2, 3, "array,length,preserve_keys"},
};

} // namespace

std::span<const BuiltinFunction> array_slice_functions() { return kArraySliceFunctions; }

} // namespace miniphp::runtime::builtins

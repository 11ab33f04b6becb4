// array_column (ext/standard/array.c) over arrays of arrays: each row's value under
// the column key (the whole row for a null column), keyed by the row's value under
// the index key when there is one. Rows that are not arrays, or lack the column,
// are skipped; a row lacking the index key is appended.
#include <cmath>

#include "runtime/array.h"
#include "runtime/array_access.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/array_helpers.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"

namespace miniphp::runtime::builtins {

namespace {

// A string|int|null parameter (Z_PARAM_STR_OR_LONG_OR_NULL): `key` is a Long, a
// String (owned) or Null.
Outcome column_key_argument(const ArgReader& args, uint32_t index, Value& key)
{
    key = Value::null();
    if (!args.has(index))
        return Outcome::Ok;
    const Value& given = args.at(index);
    switch (given.type()) {
    case Type::Null: return Outcome::Ok;
    case Type::String: copy_value(key, given); return Outcome::Ok;
    case Type::Double:
        // A float that is no int (NaN, infinite, out of range) is taken as a string.
        if (std::isnan(given.as_double()) || !double_fits_long(given.as_double())) {
            key = to_string(given);
            return Outcome::Ok;
        }
        [[fallthrough]];
    case Type::Long:
    case Type::False:
    case Type::True: {
        int64_t n = 0;
        if (failed(args.get_long(index, n)))
            return Outcome::Threw;
        key = Value::integer(n);
        return Outcome::Ok;
    }
    default:
        return args.type_error(index, "string|int|null");
    }
}

// The row's element under `key` (dereferenced), or nullptr (array_column_fetch_prop).
const Value* row_element(const Value& row, const Value& key)
{
    if (!row.is_array())
        return nullptr;
    Array* array = row.as_array();
    const Value* found = nullptr;
    int64_t n = 0;
    if (key.is_long())
        found = array->find(key.as_long());
    else if (string_is_integer_key(key.as_string()->view(), n))
        found = array->find(n);
    else
        found = array->find(key.as_string());
    return found != nullptr ? &deref(*found) : nullptr;
}

Outcome fill_columns(Array* input, const Value& column, const Value& index, Array* result)
{
    for (uint32_t pos = input->next_position(0); pos < input->used(); pos = input->next_position(pos + 1)) {
        const Value& row = deref(input->value_at(pos));
        const Value* value = column.is_null() ? &row : row_element(row, column);
        if (value == nullptr)
            continue;
        const Value* index_value = index.is_null() ? nullptr : row_element(row, index);
        Value* slot = nullptr;
        if (index_value != nullptr) {
            ArrayKey key;
            if (failed(offset_to_key(*index_value, key, OffsetUse::Write)))
                return Outcome::Threw;
            slot = slot_for_key(result, key);
        } else {
            slot = result->append();
        }
        if (slot != nullptr) {
            Value old;
            old.copy_from(*slot);
            copy_value(*slot, *value);
            release(old);
        }
    }
    return Outcome::Ok;
}

Outcome array_column_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* input = nullptr;
    Value column;
    Value index;
    if (failed(args.get_array(0, input)) || failed(column_key_argument(args, 1, column)))
        return Outcome::Threw;
    if (failed(column_key_argument(args, 2, index))) {
        release(column);
        return Outcome::Threw;
    }
    Array* result = Array::create(input->size());
    *call.result = Value::array(result);
    Outcome outcome = fill_columns(input, column, index, result);
    release(column);
    release(index);
    return outcome;
}

constexpr BuiltinFunction kArrayColumnFunctions[] = {
    {"array_column", array_column_handler, 2, 3, "array,column_key,index_key"},
};

} // namespace

std::span<const BuiltinFunction> array_column_functions() { return kArrayColumnFunctions; }

} // namespace miniphp::runtime::builtins

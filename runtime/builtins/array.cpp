// Array builtins (ext/standard/array.c): count and the functions built on the
// ordered hash table.
#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/class.h"
#include "runtime/messages.h"
#include "runtime/object.h"

namespace miniphp::runtime::builtins {

namespace {

constexpr int64_t kCountNormal = 0;
constexpr int64_t kCountRecursive = 1;

// php_count_recursive: the elements, plus those of nested arrays; an array met
// again inside itself warns and is not counted twice.
int64_t count_recursive(Array* array)
{
    int64_t total = array->size();
    if (!array->enter_recursion()) {
        warning("count(): Recursion detected");
        return 0;
    }
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        const Value& element = deref(array->value_at(pos));
        if (element.is_array())
            total += count_recursive(element.as_array());
    }
    array->leave_recursion();
    return total;
}

Outcome count_handler(BuiltinCall& call)
{
    ArgReader args(call);
    int64_t mode = kCountNormal;
    if (args.has(1) && failed(args.get_long(1, mode)))
        return Outcome::Threw;
    if (mode != kCountNormal && mode != kCountRecursive)
        return args.argument_error(msg::kind::ValueError, 1, "must be either COUNT_NORMAL or COUNT_RECURSIVE");
    const Value& value = args.at(0);
    if (value.is_object()) {
        // An object counts itself through its class's count_elements handler (WeakMap).
        Object* object = value.as_object();
        if (const DimensionHandlers* handlers = object->class_entry->dimension_handlers()) {
            *call.result = Value::integer(handlers->count(object));
            return Outcome::Ok;
        }
    }
    if (!value.is_array())
        return args.type_error(0, "Countable|array");
    Array* array = value.as_array();
    *call.result = Value::integer(mode == kCountRecursive ? count_recursive(array) : array->size());
    return Outcome::Ok;
}

Outcome is_array_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(call.args[0].is_array());
    return Outcome::Ok;
}

constexpr BuiltinFunction kArrayFunctions[] = {
    {"count", count_handler, 1, 2, "value,mode"},
    {"sizeof", count_handler, 1, 2, "value,mode"},
    {"is_array", is_array_handler, 1, 1, "value"},
};

constexpr BuiltinConstant kArrayConstants[] = {
    long_constant("COUNT_NORMAL", kCountNormal),
    long_constant("COUNT_RECURSIVE", kCountRecursive),
};

} // namespace

std::span<const BuiltinFunction> array_functions() { return kArrayFunctions; }
std::span<const BuiltinConstant> array_constants() { return kArrayConstants; }

} // namespace miniphp::runtime::builtins

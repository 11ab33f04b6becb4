// Array builtins that call back into PHP code (ext/standard/array.c): array_map,
// array_filter, array_reduce, array_walk. The callback runs through the VM
// (ArgReader::call), re-entrantly.
#include <vector>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/class.h"
#include "runtime/conversions.h"
#include "runtime/exceptions.h"
#include "runtime/messages.h"
#include "runtime/object.h"

namespace miniphp::runtime::builtins {

namespace {

constexpr int64_t kFilterUseBoth = 1;
constexpr int64_t kFilterUseKey = 2;

Outcome require_array(const ArgReader& args, uint32_t index, Array*& out)
{
    const Value& v = args.at(index);
    if (!v.is_array())
        return args.type_error(index, "array");
    out = v.as_array();
    return Outcome::Ok;
}

// A callback or null (zpp's "f!"): `present` false for null.
Outcome get_optional_callable(const ArgReader& args, uint32_t index, Callable& out, bool& present)
{
    present = !args.at(index).is_null();
    if (!present)
        return Outcome::Ok;
    if (args.get_callable(index, out) == Outcome::Ok)
        return Outcome::Ok;
    // php names the nullable type in this message.
    Object* e = engine().take_exception();
    std::string text(e->slots[kMessageSlot].as_string()->view());
    std::string class_name = e->class_entry->name();
    release(Value::object(e));
    size_t at = text.find("must be a valid callback");
    if (at != std::string::npos)
        text.insert(at + std::string_view("must be a valid callback").size(), " or null");
    return throw_error(class_name, text);
}


// Values passed to a callback own one reference each until released here.
struct CallArguments {
    std::vector<Value> values;
    ~CallArguments()
    {
        for (const Value& v : values)
            release(v);
    }
    void add(const Value& v)
    {
        Value copy;
        copy_value(copy, v);
        values.push_back(copy);
    }
    void add_owned(Value v) { values.push_back(v); }
};

Outcome array_map_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Callable callback;
    bool has_callback = false;
    if (failed(get_optional_callable(args, 0, callback, has_callback)))
        return Outcome::Threw;
    std::vector<Array*> arrays;
    for (uint32_t i = 1; i < call.argc; ++i) {
        Array* a = nullptr;
        if (failed(require_array(args, i, a)))
            return Outcome::Threw;
        arrays.push_back(a);
    }
    if (arrays.size() == 1) {
        Array* source = arrays[0];
        if (!has_callback) {
            copy_value(*call.result, args.at(1));
            return Outcome::Ok;
        }
        // One array: the keys stay.
        Array* result = Array::create(source->size());
        Value result_value = Value::array(result);
        for (uint32_t pos = source->next_position(0); pos < source->used(); pos = source->next_position(pos + 1)) {
            CallArguments arguments;
            arguments.add(source->value_at(pos));
            Value returned;
            if (failed(ArgReader::call(callback, arguments.values.data(), 1, returned))) {
                release(result_value);
                return Outcome::Threw;
            }
            result->lookup_or_insert(source->key_at(pos))->copy_from(returned);
        }
        *call.result = result_value;
        return Outcome::Ok;
    }
    // Several arrays: walked side by side, the shorter ones padded with null; the
    // result is a list.
    uint32_t longest = 0;
    for (Array* a : arrays)
        longest = std::max(longest, a->size());
    std::vector<uint32_t> positions(arrays.size(), 0);
    Array* result = Array::create(longest);
    Value result_value = Value::array(result);
    for (uint32_t n = 0; n < longest; ++n) {
        CallArguments arguments;
        for (size_t i = 0; i < arrays.size(); ++i) {
            Array* a = arrays[i];
            positions[i] = a->next_position(positions[i]);
            if (positions[i] < a->used()) {
                arguments.add(deref(a->value_at(positions[i])));
                ++positions[i];
            } else {
                arguments.add(Value::null());
            }
        }
        Value element;
        if (has_callback) {
            if (failed(ArgReader::call(callback, arguments.values.data(), static_cast<uint32_t>(arguments.values.size()),
                                       element))) {
                release(result_value);
                return Outcome::Threw;
            }
        } else {
            Array* zipped = Array::create(static_cast<uint32_t>(arguments.values.size()));
            for (const Value& v : arguments.values)
                copy_value(*zipped->append(), v);
            element = Value::array(zipped);
        }
        result->append()->copy_from(element);
    }
    *call.result = result_value;
    return Outcome::Ok;
}

Outcome array_filter_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* source = nullptr;
    if (failed(require_array(args, 0, source)))
        return Outcome::Threw;
    Callable callback;
    bool has_callback = false;
    if (args.has(1) && failed(get_optional_callable(args, 1, callback, has_callback)))
        return Outcome::Threw;
    int64_t mode = 0;
    if (args.has(2) && failed(args.get_long(2, mode)))
        return Outcome::Threw;
    Array* result = Array::create();
    Value result_value = Value::array(result);
    for (uint32_t pos = source->next_position(0); pos < source->used(); pos = source->next_position(pos + 1)) {
        const Value& element = deref(source->value_at(pos));
        ArrayKey key = source->key_at(pos);
        bool keep;
        if (!has_callback) {
            keep = to_bool(element);
        } else {
            CallArguments arguments;
            if (mode == kFilterUseKey) {
                arguments.add_owned(key.to_value());
            } else {
                arguments.add(element);
                if (mode == kFilterUseBoth)
                    arguments.add_owned(key.to_value());
            }
            Value returned;
            if (failed(ArgReader::call(callback, arguments.values.data(), static_cast<uint32_t>(arguments.values.size()),
                                       returned))) {
                release(result_value);
                return Outcome::Threw;
            }
            keep = to_bool(returned);
            release(returned);
        }
        if (keep) {
            // The source may have changed under the callback: read the element again.
            if (pos < source->used() && !source->value_at(pos).is_undef())
                copy_unwrapping_lone_reference(*result->lookup_or_insert(key), source->value_at(pos));
        }
    }
    *call.result = result_value;
    return Outcome::Ok;
}

Outcome array_reduce_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Array* source = nullptr;
    Callable callback;
    if (failed(require_array(args, 0, source)) || failed(args.get_callable(1, callback)))
        return Outcome::Threw;
    Value carry = Value::null();
    if (args.has(2))
        copy_value(carry, args.at(2));
    for (uint32_t pos = source->next_position(0); pos < source->used(); pos = source->next_position(pos + 1)) {
        CallArguments arguments;
        arguments.add_owned(carry);
        arguments.add(source->value_at(pos));
        Value returned;
        if (failed(ArgReader::call(callback, arguments.values.data(), 2, returned)))
            return Outcome::Threw;
        carry = returned;
    }
    *call.result = carry;
    return Outcome::Ok;
}

// php_array_walk: each element is made a reference (and stays one) so that the
// callback can write to it.
Outcome array_walk_handler(BuiltinCall& call)
{
    ArgReader args(call);
    Value& target = deref(call.args[0]);
    if (!target.is_array())
        return args.type_error(0, "array");
    Callable callback;
    if (failed(args.get_callable(1, callback)))
        return Outcome::Threw;
    if (target.as_array()->header.refcount > 1 || target.as_array()->is_immutable()) {
        Array* copy = target.as_array()->duplicate();
        release(target);
        target.copy_from(Value::array(copy));
    }
    Array* array = target.as_array();
    ++array->header.refcount; // kept alive while the callbacks run
    for (uint32_t pos = array->next_position(0); pos < array->used(); pos = array->next_position(pos + 1)) {
        Reference* ref = make_reference(array->value_at(pos));
        CallArguments arguments;
        arguments.add(Value::reference(ref));
        arguments.add_owned(array->key_at(pos).to_value());
        if (args.has(2))
            arguments.add(args.at(2));
        Value returned;
        if (failed(ArgReader::call(callback, arguments.values.data(), static_cast<uint32_t>(arguments.values.size()),
                                   returned))) {
            release(Value::array(array));
            return Outcome::Threw;
        }
        release(returned);
    }
    release_nogc(Value::array(array)); // php_array_walk holds no reference: no possible root
    *call.result = Value::boolean(true);
    return Outcome::Ok;
}

constexpr BuiltinFunction kArrayCallbackFunctions[] = {
    {"array_map", array_map_handler, 2, BuiltinFunction::kVariadic, "callback,array,...arrays"},
    {"array_filter", array_filter_handler, 1, 3, "array,callback,mode"},
    {"array_reduce", array_reduce_handler, 2, 3, "array,callback,initial"},
    {"array_walk", array_walk_handler, 2, 3, "array,callback,arg", 1},
};

constexpr BuiltinConstant kArrayCallbackConstants[] = {
    long_constant("ARRAY_FILTER_USE_BOTH", kFilterUseBoth),
    long_constant("ARRAY_FILTER_USE_KEY", kFilterUseKey),
};

} // namespace

std::span<const BuiltinFunction> array_callback_functions() { return kArrayCallbackFunctions; }
std::span<const BuiltinConstant> array_callback_constants() { return kArrayCallbackConstants; }

} // namespace miniphp::runtime::builtins

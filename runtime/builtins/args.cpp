#include "runtime/builtins/args.h"

#include "runtime/array.h"

#include <cmath>

#include "runtime/class.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/conversions.h"

namespace miniphp::runtime::builtins {

namespace {

// Splits "a,b,...c" lazily: the name at `index`, or "" past the end.
std::string_view nth_name(std::string_view list, uint32_t index)
{
    while (true) {
        size_t comma = list.find(',');
        std::string_view name = list.substr(0, comma);
        if (index == 0)
            return name;
        if (comma == std::string_view::npos)
            return {};
        list.remove_prefix(comma + 1);
        --index;
    }
}

} // namespace

Value StringArg::to_value() const
{
    Value v = Value::string(m_string);
    add_ref(v);
    return v;
}

std::string_view parameter_name(const BuiltinFunction& function, uint32_t index)
{
    std::string_view name = nth_name(function.param_names, index);
    // A variadic parameter has no name in messages (get_function_arg_name only
    // names the declared, non-variadic parameters).
    if (name.starts_with("..."))
        return {};
    return name;
}

std::string argument_prefix(const BuiltinFunction& function, uint32_t index)
{
    std::string name(parameter_name(function, index));
    bool named = !name.empty();
    return format(msg::ArgumentPrefix, std::string(function.name).c_str(), index + 1,
                  named ? " ($" : "", name.c_str(), named ? ")" : "");
}

Value string_value(std::string_view text)
{
    return Value::string(String::create(text));
}

Value string_value_in_block(std::string_view text, size_t block_size)
{
    String* s = String::create_in_block(text.size(), block_size);
    copy_bytes(s->data(), text.data(), text.size());
    return Value::string(s);
}

Value smart_str_value(std::string_view text)
{
    // smart_str's growth (SMART_STR_NEW_LEN): the header and NUL (25 bytes) plus the
    // text fill 256 bytes at first, then a page more than needed, rounded to pages.
    constexpr size_t kOverhead = 25;
    constexpr size_t kStart = 256 - kOverhead;
    constexpr size_t kPage = 4096;
    size_t block = text.size() <= kStart ? 256 : (text.size() + kOverhead + kPage) & ~(kPage - 1);
    return string_value_in_block(text, block);
}

Value safe_string_value(std::string_view text)
{
    return string_value_in_block(text, String::safe_allocation_size(text.size()));
}

Outcome ArgReader::type_error(uint32_t index, std::string_view expected) const
{
    std::string message = argument_prefix(*m_call.function, index);
    message += format(msg::MustBeOfType, std::string(expected).c_str(),
                      zend_type_name(m_call.args[index]));
    return throw_error(msg::kind::TypeError, std::move(message));
}

Outcome ArgReader::get_array(uint32_t index, Array*& out) const
{
    const Value& v = m_call.args[index];
    if (!v.is_array())
        return type_error(index, "array");
    out = v.as_array();
    return Outcome::Ok;
}

Outcome ArgReader::get_array_or_string(uint32_t index, Array*& array, StringArg& string) const
{
    array = nullptr;
    if (m_call.args[index].is_array()) {
        array = m_call.args[index].as_array();
        return Outcome::Ok;
    }
    return read_string(index, string, "array|string");
}

Outcome ArgReader::get_array_for_write(uint32_t index, Array*& out, Value** slot) const
{
    Value& target = deref(m_call.args[index]);
    if (!target.is_array())
        return type_error(index, "array");
    out = separate_array(target);
    if (slot != nullptr)
        *slot = &target;
    return Outcome::Ok;
}

Outcome ArgReader::get_callable(uint32_t index, Callable& out) const
{
    out = Callable{};
    std::string error = "no array or string given";
    ExecutionHooks* hooks = engine().hooks();
    if (hooks != nullptr && hooks->resolve_callable(deref(m_call.args[index]), out, error))
        return Outcome::Ok;
    return argument_error(msg::kind::TypeError, index, "must be a valid callback, " + error);
}

Outcome ArgReader::call(const Callable& callable, const Value* args, uint32_t argc, Value& result)
{
    return engine().hooks()->call(callable, args, argc, result);
}

Outcome ArgReader::argument_error(const char* class_name, uint32_t index,
                                  std::string_view detail) const
{
    std::string message = argument_prefix(*m_call.function, index);
    message += detail;
    return throw_error(class_name, std::move(message));
}

// zend_null_arg_deprecated: null for a non-nullable scalar parameter of an internal
// function still works in 8.2, after this notice.
void ArgReader::null_deprecated(uint32_t index, const char* type) const
{
    std::string name(parameter_name(*m_call.function, index));
    bool named = !name.empty();
    deprecated(format(msg::NullArgDeprecated, std::string(function_name()).c_str(),
                      index + 1, named ? " ($" : "", name.c_str(), named ? ")" : "", type));
}

Outcome ArgReader::get_long(uint32_t index, int64_t& out) const
{
    return read_long(index, out, "int");
}

// zend_parse_arg_long_weak; `expected` names the type in the TypeError.
Outcome ArgReader::read_long(uint32_t index, int64_t& out, const char* expected) const
{
    const Value& v = m_call.args[index];
    switch (v.type()) {
    case Type::Long:
        out = v.as_long();
        return Outcome::Ok;
    case Type::Double: {
        double d = v.as_double();
        if (std::isnan(d) || !double_fits_long(d))
            return type_error(index, expected);
        int64_t l = static_cast<int64_t>(d);
        if (!is_long_compatible(d, l))
            deprecated(format(msg::ImplicitFloatToInt, format_double_repr(d).c_str()));
        out = l;
        return Outcome::Ok;
    }
    case Type::String: {
        std::string_view text = v.as_string()->view();
        NumericPrefix n = parse_numeric(text);
        // is_numeric_str_function: the whole string must be numeric; "5 apples" is not.
        if (n.type == NumericType::None || !n.whole)
            return type_error(index, expected);
        if (n.type == NumericType::Long) {
            out = n.long_value;
            return Outcome::Ok;
        }
        double d = n.double_value;
        if (std::isnan(d) || !double_fits_long(d))
            return type_error(index, expected);
        int64_t l = static_cast<int64_t>(d);
        if (!is_long_compatible(d, l))
            deprecated(format(msg::ImplicitFloatStringToInt, std::string(text).c_str()));
        out = l;
        return Outcome::Ok;
    }
    case Type::Null:
        null_deprecated(index, "int");
        out = 0;
        return Outcome::Ok;
    case Type::False:
        out = 0;
        return Outcome::Ok;
    case Type::True:
        out = 1;
        return Outcome::Ok;
    default:
        return type_error(index, expected);
    }
}

// zend_parse_arg_double_weak.
Outcome ArgReader::get_double(uint32_t index, double& out) const
{
    const Value& v = m_call.args[index];
    switch (v.type()) {
    case Type::Double:
        out = v.as_double();
        return Outcome::Ok;
    case Type::Long:
        out = static_cast<double>(v.as_long());
        return Outcome::Ok;
    case Type::String: {
        NumericPrefix n = parse_numeric(v.as_string()->view());
        if (n.type == NumericType::None || !n.whole)
            return type_error(index, "float");
        out = n.type == NumericType::Long ? static_cast<double>(n.long_value) : n.double_value;
        return Outcome::Ok;
    }
    case Type::Null:
        null_deprecated(index, "float");
        out = 0.0;
        return Outcome::Ok;
    case Type::False:
        out = 0.0;
        return Outcome::Ok;
    case Type::True:
        out = 1.0;
        return Outcome::Ok;
    default:
        return type_error(index, "float");
    }
}

Outcome ArgReader::get_bool(uint32_t index, bool& out) const
{
    return read_bool(index, out, "bool");
}

// zend_parse_arg_bool_weak.
Outcome ArgReader::read_bool(uint32_t index, bool& out, const char* expected) const
{
    const Value& v = m_call.args[index];
    switch (v.type()) {
    case Type::Null:
        null_deprecated(index, "bool");
        out = false;
        return Outcome::Ok;
    case Type::False:
    case Type::True:
    case Type::Long:
    case Type::Double:
    case Type::String:
        out = to_bool(v);
        return Outcome::Ok;
    default:
        return type_error(index, expected);
    }
}

Outcome ArgReader::get_string(uint32_t index, StringArg& out) const
{
    return read_string(index, out, "string");
}

// zend_parse_arg_str_weak.
Outcome ArgReader::read_string(uint32_t index, StringArg& out, const char* expected) const
{
    Value& v = m_call.args[index];
    switch (v.type()) {
    case Type::String: break;
    case Type::Null:
        null_deprecated(index, expected);
        v = Value::string(String::empty());
        break;
    case Type::False:
    case Type::True:
    case Type::Long:
    case Type::Double:
        v = to_string(v); // scalars hold nothing to release
        break;
    case Type::Object: {
        // A Stringable object is accepted as its string (zend_parse_arg_str_slow).
        if (v.as_object()->class_entry->magic_to_string() == nullptr)
            return type_error(index, expected);
        String* text = object_to_string(v.as_object());
        if (text == nullptr)
            return Outcome::Threw;
        Value old = v;
        v = Value::string(text);
        release(old);
        break;
    }
    default:
        return type_error(index, expected);
    }
    out.m_string = v.as_string();
    return Outcome::Ok;
}

// zend_parse_arg_number (Z_PARAM_NUMBER): like php, the argument itself becomes the
// number, which later stack traces show.
Outcome ArgReader::get_number(uint32_t index, Value& out) const
{
    Value& v = m_call.args[index];
    switch (v.type()) {
    case Type::Long:
    case Type::Double: break;
    case Type::String: {
        NumericPrefix n = parse_numeric(v.as_string()->view());
        if (n.type == NumericType::None || !n.whole)
            return type_error(index, "int|float");
        release(v);
        v = n.type == NumericType::Long ? Value::integer(n.long_value) : Value::dbl(n.double_value);
        break;
    }
    case Type::Null:
        null_deprecated(index, "int|float");
        v = Value::integer(0);
        break;
    case Type::False: v = Value::integer(0); break;
    case Type::True: v = Value::integer(1); break;
    default:
        return type_error(index, "int|float");
    }
    out = v;
    return Outcome::Ok;
}

Outcome ArgReader::get_long_or_null(uint32_t index, int64_t& out, bool& is_null) const
{
    is_null = m_call.args[index].is_null();
    if (is_null) {
        out = 0;
        return Outcome::Ok;
    }
    return read_long(index, out, "?int");
}

Outcome ArgReader::get_bool_or_null(uint32_t index, bool& out, bool& is_null) const
{
    is_null = m_call.args[index].is_null();
    if (is_null) {
        out = false;
        return Outcome::Ok;
    }
    return read_bool(index, out, "?bool");
}

Outcome ArgReader::get_string_or_null(uint32_t index, StringArg& out, bool& is_null) const
{
    is_null = m_call.args[index].is_null();
    if (is_null)
        return Outcome::Ok;
    return read_string(index, out, "?string");
}

} // namespace miniphp::runtime::builtins

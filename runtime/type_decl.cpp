#include "runtime/type_decl.h"

#include <cmath>

#include "runtime/builtins/args.h"
#include "runtime/class.h"
#include "runtime/conversions.h"
#include "runtime/engine.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

void append_type(std::string& out, std::string_view name)
{
    if (!out.empty())
        out += '|';
    out += name;
}

// A float becoming an int in weak mode (zend_parse_arg_long_weak): NaN and floats out
// of range are refused; a fractional part is dropped with php 8.1's deprecation.
bool weak_double_to_long(double d, int64_t& out, const String* from_string)
{
    if (std::isnan(d) || !builtins::double_fits_long(d))
        return false;
    int64_t l = static_cast<int64_t>(d);
    if (!is_long_compatible(d, l)) {
        if (from_string != nullptr)
            deprecated(format(msg::ImplicitFloatStringToInt, std::string(from_string->view()).c_str()));
        else
            deprecated(format(msg::ImplicitFloatToInt, format_double_repr(d).c_str()));
    }
    out = l;
    return true;
}

// zend_parse_arg_long_weak for a value that is not null.
bool weak_to_long(const Value& v, int64_t& out)
{
    switch (v.type()) {
    case Type::False: out = 0; return true;
    case Type::True: out = 1; return true;
    case Type::Double: return weak_double_to_long(v.as_double(), out, nullptr);
    case Type::String: {
        NumericPrefix n = parse_numeric(v.as_string()->view());
        if (n.whole_type() == NumericType::Long) {
            out = n.long_value;
            return true;
        }
        return n.whole_type() == NumericType::Double && weak_double_to_long(n.double_value, out, v.as_string());
    }
    default: return false;
    }
}

// zend_parse_arg_double_weak for a value that is not null.
bool weak_to_double(const Value& v, double& out)
{
    switch (v.type()) {
    case Type::False: out = 0.0; return true;
    case Type::True: out = 1.0; return true;
    case Type::Long: out = static_cast<double>(v.as_long()); return true;
    case Type::String: {
        NumericPrefix n = parse_numeric(v.as_string()->view());
        if (n.whole_type() == NumericType::None)
            return false;
        out = n.type == NumericType::Long ? static_cast<double>(n.long_value) : n.double_value;
        return true;
    }
    default: return false;
    }
}

} // namespace

std::vector<std::string_view> intersection_members(std::string_view entry)
{
    std::vector<std::string_view> members;
    for (size_t start = 0;;) {
        size_t amp = entry.find('&', start);
        members.push_back(entry.substr(start, amp == std::string_view::npos ? amp : amp - start));
        if (amp == std::string_view::npos)
            return members;
        start = amp + 1;
    }
}

std::string type_to_string(const TypeDecl& type, std::string_view self_name, std::string_view parent_name,
                           std::string_view static_name)
{
    std::string out;
    // An intersection in a union is bracketed (php 8.2's DNF types).
    bool alone = type.class_names.size() == 1 && type.mask == 0;
    for (const std::string& name : type.class_names) {
        if (name.find('&') != std::string::npos) {
            append_type(out, alone ? name : "(" + name + ")");
            continue;
        }
        std::string lower = ascii_lower(name);
        if (lower == "self" && !self_name.empty())
            append_type(out, self_name);
        else if (lower == "parent" && !parent_name.empty())
            append_type(out, parent_name);
        else
            append_type(out, name);
    }
    uint32_t mask = type.mask;
    if (type.is_mixed()) {
        append_type(out, "mixed");
        return out;
    }
    if (mask & TypeBit::Static)
        append_type(out, static_name.empty() ? std::string_view("static") : static_name);
    static const std::pair<uint32_t, const char*> kInOrder[] = {
        {TypeBit::Callable, "callable"}, {TypeBit::Object, "object"}, {TypeBit::Array, "array"},
        {TypeBit::String, "string"},     {TypeBit::Long, "int"},      {TypeBit::Double, "float"},
    };
    for (const auto& [bit, name] : kInOrder)
        if (mask & bit)
            append_type(out, name);
    if ((mask & TypeBit::Bool) == TypeBit::Bool)
        append_type(out, "bool");
    else if (mask & TypeBit::False)
        append_type(out, "false");
    else if (mask & TypeBit::True)
        append_type(out, "true");
    if (mask & TypeBit::Void)
        append_type(out, "void");
    if (mask & TypeBit::Never)
        append_type(out, "never");
    if (mask & TypeBit::Null) {
        if (out.empty() || out.find_first_of("|&") != std::string::npos)
            append_type(out, "null");
        else
            out.insert(0, "?");
    }
    return out;
}

std::string given_type_name(const Value& v)
{
    const Value& value = deref(v);
    if (value.is_object())
        return value.as_object()->class_entry->name();
    return zend_type_name(value);
}

bool coerce_scalar(uint32_t mask, Value& v)
{
    if (v.is_null())
        return false;
    if (mask & TypeBit::Long) {
        if ((mask & TypeBit::Double) && v.is_string()) {
            // int|float: a numeric string becomes the number it spells.
            NumericPrefix n = parse_numeric(v.as_string()->view());
            if (n.whole_type() != NumericType::None) {
                release(v);
                v = n.type == NumericType::Long ? Value::integer(n.long_value) : Value::dbl(n.double_value);
                return true;
            }
        } else {
            int64_t l = 0;
            if (weak_to_long(v, l)) {
                release(v);
                v = Value::integer(l);
                return true;
            }
            if (engine().has_exception())
                return false;
        }
    }
    double d = 0.0;
    if ((mask & TypeBit::Double) && weak_to_double(v, d)) {
        release(v);
        v = Value::dbl(d);
        return true;
    }
    if ((mask & TypeBit::String) && v.type() <= Type::Double) {
        v = to_string(v); // a scalar holds nothing to release
        return true;
    }
    if ((mask & TypeBit::String) && v.is_object() && v.as_object()->class_entry->find_method("__tostring") != nullptr) {
        // An object with __toString is taken as its string (zend_parse_arg_str_weak);
        // what the method throws stays pending.
        String* text = object_to_string(v.as_object());
        if (text == nullptr)
            return false;
        release(v);
        v = Value::string(text);
        return true;
    }
    if ((mask & TypeBit::Bool) == TypeBit::Bool && v.type() <= Type::String) {
        bool b = to_bool(v);
        release(v);
        v = Value::boolean(b);
        return true;
    }
    return false;
}

} // namespace miniphp::runtime

// The casts: (bool), (int), (float), (string) and the type names used in messages.
//
// Each function switches over every Type so that objects slot in when they exist:
// their cases are marked and currently unreachable. Strings go through numeric_string.cpp, floats as text through
// float_format.cpp.
//
// Reference: Zend/zend_operators.c (zend_is_true, zval_get_long_func,
// zval_get_double_func, zval_get_string_func, zend_dval_to_lval*), Zend/zend_API.c
// (zend_zval_type_name) and ext/standard/type.c (gettype).
#include <cassert>
#include <cmath>

#include "runtime/ini.h"
#include "runtime/conversions.h"

#include "runtime/array.h"
#include "runtime/class.h"
#include "runtime/engine.h"
#include "runtime/messages.h"
#include "runtime/object.h"
#include "runtime/reference.h"
#include "runtime/string.h"

namespace miniphp::runtime {

namespace {

// ZEND_DOUBLE_FITS_LONG on 64-bit: -2^63 <= d < 2^63 (and false for NaN).
bool double_fits_long(double d)
{
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

} // namespace

int64_t dval_to_lval(double d)
{
    if (!std::isfinite(d))
        return 0;
    if (double_fits_long(d))
        return static_cast<int64_t>(d);
    // zend_dval_to_lval_slow: out of range values wrap modulo 2^64. Such a double is
    // an integer, so the remainder is exact.
    constexpr double two_pow_64 = 18446744073709551616.0;
    double dmod = std::fmod(d, two_pow_64);
    if (dmod < 0)
        dmod += two_pow_64;
    return static_cast<int64_t>(static_cast<uint64_t>(dmod));
}

int64_t dval_to_lval_cap(double d)
{
    if (!std::isfinite(d))
        return 0;
    if (!double_fits_long(d))
        return d > 0 ? INT64_MAX : INT64_MIN;
    return static_cast<int64_t>(d);
}

bool to_bool(const Value& v)
{
    switch (v.type()) {
    case Type::Undef:
    case Type::Null:
    case Type::False:
        return false;
    case Type::True:
        return true;
    case Type::Long:
        return v.as_long() != 0;
    case Type::Double:
        return v.as_double() != 0.0; // NAN is true
    case Type::String: {
        const String* s = v.as_string();
        return !(s->length == 0 || (s->length == 1 && s->bytes[0] == '0'));
    }
    case Type::Array:
        return v.as_array()->size() != 0;
    case Type::Reference:
        return to_bool(v.as_reference()->value);
    case Type::Object:
        return true;
    case Type::Resource:
    case Type::Indirect:
        break;
    }
    assert(false && "to_bool: type not supported yet");
    return false;
}

int64_t to_long(const Value& v)
{
    switch (v.type()) {
    case Type::Undef:
    case Type::Null:
    case Type::False:
        return 0;
    case Type::True:
        return 1;
    case Type::Long:
        return v.as_long();
    case Type::Double:
        return dval_to_lval(v.as_double());
    case Type::String: {
        // zval_get_long: the numeric prefix; float strings saturate as strtol did.
        NumericPrefix n = parse_numeric(v.as_string()->view());
        if (n.type == NumericType::Long)
            return n.long_value;
        if (n.type == NumericType::Double)
            return dval_to_lval_cap(n.double_value);
        return 0;
    }
    case Type::Array:
        return v.as_array()->size() != 0 ? 1 : 0;
    case Type::Reference:
        return to_long(v.as_reference()->value);
    case Type::Object:
        // zval_get_long: a standard object has no cast to numbers (convert_object_to_type).
        warning(format(msg::ObjectToInt, v.as_object()->class_entry->name().c_str(), "int"));
        return 1;
    case Type::Resource:
    case Type::Indirect:
        break;
    }
    assert(false && "to_long: type not supported yet");
    return 0;
}

double to_double(const Value& v)
{
    switch (v.type()) {
    case Type::Undef:
    case Type::Null:
    case Type::False:
        return 0.0;
    case Type::True:
        return 1.0;
    case Type::Long:
        return static_cast<double>(v.as_long());
    case Type::Double:
        return v.as_double();
    case Type::String:
        return string_to_double(v.as_string()->view());
    case Type::Array:
        return v.as_array()->size() != 0 ? 1.0 : 0.0;
    case Type::Reference:
        return to_double(v.as_reference()->value);
    case Type::Object:
        warning(format(msg::ObjectToInt, v.as_object()->class_entry->name().c_str(), "float"));
        return 1.0;
    case Type::Resource:
    case Type::Indirect:
        break;
    }
    assert(false && "to_double: type not supported yet");
    return 0.0;
}

String* object_to_string(Object* object)
{
    const Class* cls = object->class_entry;
    const Method* method = cls->magic_to_string();
    if (method == nullptr || engine().hooks() == nullptr) {
        (void)throw_error(msg::kind::Error, format(msg::ObjectToString, cls->name().c_str()));
        return nullptr;
    }
    Callable callable;
    callable.user = method->user;
    callable.builtin = method->builtin;
    callable.self = object;
    callable.called_scope = cls;
    Value result = Value::null();
    ++object->header.refcount; // alive through the call, whatever it does
    Outcome outcome = engine().hooks()->call(callable, nullptr, 0, result);
    String* text = nullptr;
    if (outcome == Outcome::Ok) {
        // __toString is declared `: string`: a scalar is converted as a return value
        // would be, anything else is a TypeError.
        const Value& returned = deref(result);
        if (returned.is_string() || returned.is_long() || returned.is_double() || returned.is_bool()) {
            Value converted = to_string(returned);
            text = converted.as_string();
        } else {
            (void)throw_error(msg::kind::TypeError,
                              format("%s::__toString(): Return value must be of type string, %s returned",
                                     method->scope->name().c_str(), zend_type_name(returned)));
        }
    }
    release(result);
    release(Value::object(object));
    return text;
}

Value to_string(const Value& v)
{
    switch (v.type()) {
    case Type::Undef:
    case Type::Null:
    case Type::False:
        return Value::string(String::empty());
    case Type::True:
        return Value::string(String::one_char('1'));
    case Type::Long: {
        int64_t l = v.as_long();
        // zend_long_to_str: the digits 0..9 are the shared one-char strings.
        if (static_cast<uint64_t>(l) <= 9)
            return Value::string(String::one_char(static_cast<unsigned char>('0' + l)));
        // Sized first, then written in place: no intermediate buffer.
        size_t length = long_text_length(l);
        String* s = String::create_uninitialized(length);
        write_long(s->bytes, l, length);
        return Value::string(s);
    }
    case Type::Double: {
        // zend_double_to_str always allocates, even for one character.
        char buf[kMaxDoubleText];
        size_t len = format_double_into(buf, v.as_double(), float_precision());
        return Value::string(String::create(std::string_view(buf, len)));
    }
    case Type::String: {
        Value copy;
        copy_value(copy, v);
        return copy;
    }
    case Type::Array:
        warning(msg::ArrayToStringConversion);
        return Value::string(InternTable::instance().intern("Array"));
    case Type::Reference:
        return to_string(v.as_reference()->value);
    case Type::Object: {
        String* text = object_to_string(v.as_object());
        return Value::string(text != nullptr ? text : String::empty());
    }
    case Type::Resource:  // later: "Resource id #N"
    case Type::Indirect:
        break;
    }
    assert(false && "to_string: type not supported yet");
    return Value::string(String::empty());
}

void append_string(std::string& out, const Value& v)
{
    switch (v.type()) {
    case Type::Undef:
    case Type::Null:
    case Type::False:
        return;
    case Type::True:
        out.push_back('1');
        return;
    case Type::Long: {
        char buf[24];
        out.append(buf, format_long_into(buf, v.as_long()));
        return;
    }
    case Type::Double: {
        char buf[kMaxDoubleText];
        out.append(buf, format_double_into(buf, v.as_double(), float_precision()));
        return;
    }
    case Type::String:
        out.append(v.as_string()->view());
        return;
    case Type::Array:
        warning(msg::ArrayToStringConversion);
        out.append("Array");
        return;
    case Type::Reference:
        append_string(out, v.as_reference()->value);
        return;
    case Type::Object:
        if (String* text = object_to_string(v.as_object())) {
            out.append(text->view());
            release(Value::string(text));
        }
        return;
    case Type::Resource:
    case Type::Indirect:
        break;
    }
    assert(false && "append_string: type not supported yet");
}

const char* type_name_for_gettype(const Value& v)
{
    switch (v.type()) {
    case Type::Undef:
    case Type::Null:
        return "NULL";
    case Type::False:
    case Type::True:
        return "boolean";
    case Type::Long:
        return "integer";
    case Type::Double:
        return "double";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    case Type::Resource:
        return "resource"; // later: "resource (closed)"
    case Type::Reference:
        return type_name_for_gettype(v.as_reference()->value);
    case Type::Indirect:
        break;
    }
    return "unknown type";
}

const char* zend_type_name(const Value& v)
{
    switch (v.type()) {
    case Type::Undef:
    case Type::Null:
        return "null";
    case Type::False:
    case Type::True:
        return "bool";
    case Type::Long:
        return "int";
    case Type::Double:
        return "float";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return v.as_object()->class_entry->name().c_str(); // zend_zval_type_name: the class
    case Type::Resource:
        return "resource";
    case Type::Reference:
        return zend_type_name(v.as_reference()->value);
    case Type::Indirect:
        break;
    }
    return "unknown";
}

} // namespace miniphp::runtime

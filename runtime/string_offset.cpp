#include "runtime/string_offset.h"

#include <cstring>

#include "runtime/conversions.h"
#include "runtime/messages.h"

namespace miniphp::runtime {

namespace {

// Resolves a possibly negative offset against the length; false when out of range.
bool resolve(int64_t& index, size_t length)
{
    const int64_t size = static_cast<int64_t>(length);
    if (index < 0)
        index += size;
    return index >= 0 && index < size;
}

// The offset as isset()/empty() see it: ints, null, bools, floats and strings that
// are integers in full ("1", " 1 "); anything else is simply not set.
bool isset_offset(const Value& offset, int64_t& index)
{
    switch (offset.type()) {
    case Type::Long: index = offset.as_long(); return true;
    case Type::Undef:
    case Type::Null:
    case Type::False: index = 0; return true;
    case Type::True: index = 1; return true;
    case Type::Double: {
        double d = offset.as_double();
        index = dval_to_lval(d);
        if (!is_long_compatible(d, index))
            deprecated(format(msg::ImplicitFloatToInt, format_double_repr(d).c_str()));
        return true;
    }
    case Type::String: {
        NumericPrefix n = parse_numeric(offset.as_string()->view());
        if (n.type != NumericType::Long || !n.whole)
            return false;
        index = n.long_value;
        return true;
    }
    default: return false;
    }
}

} // namespace

Outcome string_offset_index(const Value& given, int64_t& index)
{
    const Value& offset = deref(given);
    switch (offset.type()) {
    case Type::Long: index = offset.as_long(); return Outcome::Ok;
    case Type::String: {
        // A leading integer is accepted ("1x") with a warning.
        NumericPrefix n = parse_numeric(offset.as_string()->view());
        if (n.type != NumericType::Long)
            return throw_error(msg::kind::TypeError, format(msg::CannotAccessOffsetOnString, zend_type_name(offset)));
        if (n.has_trailing_data)
            warning(format(msg::IllegalStringOffset, offset.as_string()->bytes));
        index = n.long_value;
        return Outcome::Ok;
    }
    case Type::Undef:
    case Type::Null:
    case Type::False:
    case Type::True:
    case Type::Double:
        warning(msg::StringOffsetCast);
        index = to_long(offset);
        return Outcome::Ok;
    default:
        return throw_error(msg::kind::TypeError, format(msg::CannotAccessOffsetOnString, zend_type_name(offset)));
    }
}

Outcome assign_string_offset(Value& container, int64_t index, const Value& value, Value* result)
{
    String* s = container.as_string();
    int64_t length = static_cast<int64_t>(s->length);
    if (index < -length) {
        warning(format("Illegal string offset " "%lld", static_cast<long long>(index)));
        if (result != nullptr)
            *result = Value::null();
        return Outcome::Ok;
    }
    Value text = to_string(deref(value));
    std::string_view bytes = text.as_string()->view();
    if (bytes.empty()) {
        release(text);
        return throw_error(msg::kind::Error, "Cannot assign an empty string to a string offset");
    }
    unsigned char c = static_cast<unsigned char>(bytes[0]);
    if (bytes.size() > 1)
        warning("Only the first byte will be assigned to the string offset");
    release(text);
    if (index < 0)
        index += length;
    // The string is written in place when nobody else holds it, else copied first;
    // an offset past the end pads with spaces.
    size_t new_length = index >= length ? static_cast<size_t>(index) + 1 : s->length;
    String* target;
    if (container.is_refcounted() && s->header.refcount == 1) {
        target = new_length > s->length ? String::extend(s, new_length - s->length) : s;
    } else {
        target = String::create_uninitialized(new_length);
        std::memcpy(target->bytes, s->bytes, s->length);
        release(container);
    }
    for (size_t i = static_cast<size_t>(length); i < new_length; ++i)
        target->bytes[i] = ' ';
    target->bytes[index] = static_cast<char>(c);
    target->hash = 0;
    container.copy_from(Value::string(target));
    if (result != nullptr)
        *result = Value::string(String::one_char(c));
    return Outcome::Ok;
}

Outcome read_string_offset(Value& result, const String* s, const Value& offset, OffsetRead mode)
{
    const bool quiet = mode == OffsetRead::Quiet;
    int64_t index = 0;
    switch (offset.type()) {
    case Type::Long: index = offset.as_long(); break;
    case Type::String: {
        // A leading integer is accepted ("1x"), with a warning even for ??.
        std::string_view text = offset.as_string()->view();
        NumericPrefix n = parse_numeric(text);
        if (n.type != NumericType::Long) {
            if (quiet) {
                result = Value::null();
                return Outcome::Ok;
            }
            return throw_error(msg::kind::TypeError,
                               format(msg::CannotAccessOffsetOnString, zend_type_name(offset)));
        }
        if (n.has_trailing_data)
            warning(format(msg::IllegalStringOffset, offset.as_string()->bytes));
        index = n.long_value;
        break;
    }
    case Type::Undef:
    case Type::Null:
    case Type::False:
    case Type::True:
    case Type::Double:
        if (!quiet)
            warning(msg::StringOffsetCast);
        index = to_long(offset);
        break;
    default:
        if (quiet) {
            result = Value::null();
            return Outcome::Ok;
        }
        return throw_error(msg::kind::TypeError, format(msg::CannotAccessOffsetOnString, zend_type_name(offset)));
    }
    const int64_t requested = index; // the warning names the offset as given
    if (!resolve(index, s->length)) {
        if (quiet) {
            result = Value::null();
            return Outcome::Ok;
        }
        warning(format(msg::UninitializedStringOffset, static_cast<long long>(requested)));
        result = Value::string(String::empty());
        return Outcome::Ok;
    }
    result = Value::string(String::one_char(static_cast<unsigned char>(s->bytes[index])));
    return Outcome::Ok;
}

bool string_offset_isset(const String* s, const Value& offset)
{
    int64_t index = 0;
    return isset_offset(offset, index) && resolve(index, s->length);
}

bool string_offset_empty(const String* s, const Value& offset)
{
    int64_t index = 0;
    if (!isset_offset(offset, index) || !resolve(index, s->length))
        return true;
    return s->bytes[index] == '0';
}

} // namespace miniphp::runtime

// Type inspection and conversion builtins (ext/standard/type.c). The conversions
// themselves are runtime/conversions.h; these functions only pick the right one.
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <string>
#include <utility>

#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/cast.h"
#include "runtime/conversions.h"
#include "runtime/messages.h"
#include "runtime/string.h"
#include "runtime/typed_reference.h"

namespace miniphp::runtime::builtins {

namespace {

Outcome is_int_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(call.args[0].is_long());
    return Outcome::Ok;
}

Outcome is_float_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(call.args[0].is_double());
    return Outcome::Ok;
}

Outcome is_string_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(call.args[0].is_string());
    return Outcome::Ok;
}

Outcome is_bool_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(call.args[0].is_bool());
    return Outcome::Ok;
}

Outcome is_null_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(call.args[0].is_null());
    return Outcome::Ok;
}

// PHP_FUNCTION(is_numeric): ints and floats, and strings that are numeric as a whole
// (leading and, since php 8, trailing whitespace allowed; no hex, no "1e").
Outcome is_numeric_handler(BuiltinCall& call)
{
    const Value& v = call.args[0];
    bool result = false;
    if (v.is_long() || v.is_double()) {
        result = true;
    } else if (v.is_string()) {
        NumericPrefix n = parse_numeric(v.as_string()->view());
        result = n.type != NumericType::None && n.whole;
    }
    *call.result = Value::boolean(result);
    return Outcome::Ok;
}

Outcome is_scalar_handler(BuiltinCall& call)
{
    const Value& v = call.args[0];
    *call.result = Value::boolean(v.is_long() || v.is_double() || v.is_string() || v.is_bool());
    return Outcome::Ok;
}

Outcome gettype_handler(BuiltinCall& call)
{
    *call.result = Value::string(InternTable::instance().intern(type_name_for_gettype(call.args[0])));
    return Outcome::Ok;
}

// strtoll as ZEND_STRTOL: leading whitespace, sign, "0x"/"0" prefixes in base 0 or
// 16, saturation at the int range, 0 for an invalid base. The bytes of a php string
// are NUL-terminated, and strtoll stops at an embedded NUL just as php does.
int64_t strtol_base(const char* text, int base)
{
    errno = 0;
    return static_cast<int64_t>(std::strtoll(text, nullptr, base));
}

// PHP_FUNCTION(intval): only strings look at the base. Bases 0 and 2 also accept a
// "0b" prefix, which strtol does not know.
Outcome intval_handler(BuiltinCall& call)
{
    ArgReader args(call);
    int64_t base = 10;
    if (args.has(1) && failed(args.get_long(1, base)))
        return Outcome::Threw;
    const Value& v = call.args[0];
    if (!v.is_string() || base == 10) {
        *call.result = Value::integer(to_long(v));
        return Outcome::Ok;
    }
    String* s = v.as_string();
    if (base == 0 || base == 2) {
        const char* p = s->bytes;
        size_t length = s->length;
        while (length > 0 && std::isspace(static_cast<unsigned char>(*p))) {
            ++p;
            --length;
        }
        // Three bytes at least: "0b1", or "-0b" (which gives 0).
        if (length > 2) {
            size_t offset = (p[0] == '-' || p[0] == '+') ? 1 : 0;
            if (p[offset] == '0' && (p[offset + 1] == 'b' || p[offset + 1] == 'B')) {
                std::string digits;
                if (offset != 0)
                    digits.push_back(p[0]);
                digits.append(p + offset + 2, length - offset - 2);
                *call.result = Value::integer(strtol_base(digits.c_str(), 2));
                return Outcome::Ok;
            }
        }
    }
    // php hands the base to strtol as an int, so only its low 32 bits count here:
    // intval("42", 4294967306) is base 10.
    int strtol_base_arg = static_cast<int>(base);
    if (strtol_base_arg < 0 || strtol_base_arg == 1 || strtol_base_arg > 36) {
        // strtoll rejects these bases and returns 0.
        *call.result = Value::integer(0);
        return Outcome::Ok;
    }
    *call.result = Value::integer(strtol_base(s->bytes, strtol_base_arg));
    return Outcome::Ok;
}

Outcome floatval_handler(BuiltinCall& call)
{
    *call.result = Value::dbl(to_double(call.args[0]));
    return Outcome::Ok;
}

Outcome boolval_handler(BuiltinCall& call)
{
    *call.result = Value::boolean(to_bool(call.args[0]));
    return Outcome::Ok;
}

Outcome strval_handler(BuiltinCall& call)
{
    *call.result = to_string(call.args[0]);
    return Outcome::Ok;
}

// The type settype() names (`lowered`: the name in lower case), or false.
bool settype_target(std::string_view lowered, Type& to)
{
    static constexpr std::pair<std::string_view, Type> kNames[] = {
        {"integer", Type::Long},   {"int", Type::Long},        {"float", Type::Double},  {"double", Type::Double},
        {"string", Type::String},  {"array", Type::Array},     {"object", Type::Object}, {"bool", Type::True},
        {"boolean", Type::True},   {"null", Type::Null},
    };
    for (const auto& [known, type] : kNames) {
        if (lowered == known) {
            to = type;
            return true;
        }
    }
    return false;
}

// settype(&$var, $type): the variable converted in place, as the cast would.
Outcome settype_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg name;
    if (failed(args.get_string(1, name)))
        return Outcome::Threw;
    std::string lowered = ascii_lower(name.view());
    Type to = Type::Null;
    if (!settype_target(lowered, to)) {
        if (lowered == "resource")
            return throw_error(msg::kind::ValueError, "Cannot convert to resource type");
        return args.argument_error(msg::kind::ValueError, 1, "must be a valid type");
    }
    Value converted;
    // An object without __toString becomes "" all the same (convert_to_string).
    bool threw = cast_value(converted, deref(call.args[0]), to) == Outcome::Threw;
    if (threw)
        converted = string_value("");
    // A reference typed properties hold checks the converted value.
    if (assign_to_slot(call.args[0], converted) == Outcome::Threw || threw)
        return Outcome::Threw;
    *call.result = Value::boolean(true);
    return Outcome::Ok;
}

constexpr BuiltinFunction kTypeFunctions[] = {
    {"is_int", is_int_handler, 1, 1, "value"},
    {"is_integer", is_int_handler, 1, 1, "value"},
    {"is_long", is_int_handler, 1, 1, "value"},
    {"is_float", is_float_handler, 1, 1, "value"},
    {"is_double", is_float_handler, 1, 1, "value"},
    {"is_string", is_string_handler, 1, 1, "value"},
    {"is_bool", is_bool_handler, 1, 1, "value"},
    {"is_null", is_null_handler, 1, 1, "value"},
    {"is_numeric", is_numeric_handler, 1, 1, "value"},
    {"is_scalar", is_scalar_handler, 1, 1, "value"},
    {"gettype", gettype_handler, 1, 1, "value"},
    {"intval", intval_handler, 1, 2, "value,base"},
    {"floatval", floatval_handler, 1, 1, "value"},
    {"doubleval", floatval_handler, 1, 1, "value"},
    {"boolval", boolval_handler, 1, 1, "value"},
    {"strval", strval_handler, 1, 1, "value"},
    {"settype", settype_handler, 2, 2, "var,type", 1},
};

} // namespace

std::span<const BuiltinFunction> type_functions() { return kTypeFunctions; }

} // namespace miniphp::runtime::builtins

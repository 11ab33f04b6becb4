// ini_get and ini_set (ext/standard/basic_functions.c) over runtime/ini.h.
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/conversions.h"
#include "runtime/ini.h"

namespace miniphp::runtime::builtins {

namespace {

Outcome ini_get_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg name;
    if (failed(args.get_string(0, name)))
        return Outcome::Threw;
    std::optional<std::string> value = Ini::instance().get(name.view());
    *call.result = value ? string_value(*value) : Value::boolean(false);
    return Outcome::Ok;
}

// ini_set(string $option, string|int|float|bool|null $value): the old value, or
// false when the setting is unknown or the value refused.
Outcome ini_set_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg name;
    if (failed(args.get_string(0, name)))
        return Outcome::Threw;
    const Value& given = args.at(1);
    if (!given.is_string() && !given.is_long() && !given.is_double() && !given.is_bool() && !given.is_null())
        return args.type_error(1, "string|int|float|bool|null");
    Value text = to_string(given);
    std::optional<std::string> old = Ini::instance().set(name.view(), text.as_string()->view());
    release(text);
    *call.result = old ? string_value(*old) : Value::boolean(false);
    return Outcome::Ok;
}

// error_reporting(?int $level = null): the level before; a new one is set as the
// ini setting (which php records as modified) when it differs.
Outcome error_reporting_handler(BuiltinCall& call)
{
    ArgReader args(call);
    int64_t level = 0;
    bool keep = true;
    if (args.has(0) && failed(args.get_long_or_null(0, level, keep)))
        return Outcome::Threw;
    int old = engine().error_reporting();
    if (!keep && level != old)
        Ini::instance().set("error_reporting", std::to_string(static_cast<int>(level)));
    *call.result = Value::integer(old);
    return Outcome::Ok;
}

constexpr BuiltinFunction kIniFunctions[] = {
    {"error_reporting", error_reporting_handler, 0, 1, "error_level"},
    {"ini_get", ini_get_handler, 1, 1, "option"},
    {"ini_set", ini_set_handler, 2, 2, "option,value"},
    {"ini_alter", ini_set_handler, 2, 2, "option,value"},
};

} // namespace

std::span<const BuiltinFunction> ini_functions() { return kIniFunctions; }

} // namespace miniphp::runtime::builtins

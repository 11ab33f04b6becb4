// getenv (ext/standard/basic_functions.c): the process environment.
#include <cstdlib>
#include <string>

#include "runtime/array.h"
#include "runtime/builtins/args.h"
#include "runtime/builtins/registry.h"
#include "runtime/environment.h"

namespace miniphp::runtime::builtins {

namespace {

// getenv(?string $name = null, bool $local_only = false): every variable as an
// array, or one variable's value (a new string, as RETURN_STRING makes), or false.
Outcome getenv_handler(BuiltinCall& call)
{
    ArgReader args(call);
    StringArg name;
    bool no_name = true;
    if (args.has(0) && failed(args.get_string_or_null(0, name, no_name)))
        return Outcome::Threw;
    bool local_only = false;
    if (args.has(1) && failed(args.get_bool(1, local_only)))
        return Outcome::Threw;
    if (no_name) {
        Array* all = Array::create();
        import_environment(all);
        *call.result = Value::array(all);
        return Outcome::Ok;
    }
    const char* value = std::getenv(std::string(name.view()).c_str());
    *call.result = value != nullptr ? string_value(value) : Value::boolean(false);
    return Outcome::Ok;
}

constexpr BuiltinFunction kEnvironmentFunctions[] = {
    {"getenv", getenv_handler, 0, 2, "name,local_only"},
};

} // namespace

std::span<const BuiltinFunction> environment_functions() { return kEnvironmentFunctions; }

} // namespace miniphp::runtime::builtins

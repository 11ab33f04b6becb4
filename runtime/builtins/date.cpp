// Builtins of php's ext/date that scripts use for timestamps: time().
#include <ctime>

#include "runtime/builtins/registry.h"

namespace miniphp::runtime::builtins {

namespace {

// php_time(): the current Unix timestamp in seconds.
Outcome time_handler(BuiltinCall& call)
{
    *call.result = Value::integer(static_cast<int64_t>(std::time(nullptr)));
    return Outcome::Ok;
}

constexpr BuiltinFunction kDateFunctions[] = {
    {"time", time_handler, 0, 0, ""},
};

} // namespace

std::span<const BuiltinFunction> date_functions() { return kDateFunctions; }

} // namespace miniphp::runtime::builtins

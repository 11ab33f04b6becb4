// php's printf engine (ext/standard/formatted_print.c), shared by sprintf, printf and,
// once arrays exist, vsprintf/vprintf/fprintf.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/builtins/builtin.h"
#include "runtime/engine.h"
#include "runtime/value.h"

namespace miniphp::runtime::builtins {

// How missing arguments are reported (php_formatted_print's nb_additional_parameters):
// a count of the arguments before the values (1 for sprintf's format) gives
// ArgumentCountError "N arguments are required, M given"; kFromArray (vsprintf) gives
// ValueError "The arguments array must contain N items, M given".
inline constexpr int kFromArray = -1;

// Appends `format` expanded with `args` to `out`. On Outcome::Threw an exception is
// pending and `out` holds a partial result the caller must drop. Notices (precision
// above 53) are printed under `function`'s name.
[[nodiscard]] Outcome formatted_print(std::string& out, const BuiltinFunction& function,
                                      std::string_view format, const Value* args, uint32_t argc,
                                      int additional);

} // namespace miniphp::runtime::builtins

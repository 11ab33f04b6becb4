// The superglobals (zend_is_auto_global): names that reach the global table from any
// scope and are never compiled variables. $_SESSION is one because php's CLI loads
// the session extension even with -n; it only exists once something assigns it.
#pragma once

#include <string_view>

namespace miniphp::compiler {

inline bool is_auto_global(std::string_view name)
{
    static constexpr std::string_view kNames[] = {"GLOBALS", "_SERVER", "_GET",     "_POST",   "_COOKIE",
                                                  "_FILES",  "_ENV",    "_REQUEST", "_SESSION"};
    for (std::string_view global : kNames)
        if (name == global)
            return true;
    return false;
}

// The superglobals php creates only when the script names them ($_SERVER is one
// too, but the CLI always creates it).
inline bool is_jit_auto_global(std::string_view name) { return name == "_REQUEST" || name == "_ENV"; }

} // namespace miniphp::compiler

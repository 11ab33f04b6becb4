// The user functions declared so far, by lower-cased name (PHP function names are
// case-insensitive). Builtins live in runtime/builtins; a user function may not take
// a builtin's name.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "vm/bytecode.h"

namespace miniphp::vm {

class FunctionTable {
public:
    const Function* find(std::string_view lower_name) const;

    // Declares `function`; on a clash returns false and leaves php's
    // "Cannot redeclare ..." message in `error`.
    bool declare(const Function& function, std::string& error);

private:
    std::unordered_map<std::string, const Function*> m_functions;
};

} // namespace miniphp::vm

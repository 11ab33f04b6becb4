#include "vm/function_table.h"

#include "runtime/builtins/builtin.h"
#include "runtime/engine.h"
#include "runtime/messages.h"

namespace miniphp::vm {

const Function* FunctionTable::find(std::string_view lower_name) const
{
    auto it = m_functions.find(std::string(lower_name));
    return it == m_functions.end() ? nullptr : it->second;
}

bool FunctionTable::declare(const Function& function, std::string& error)
{
    if (runtime::find_builtin(function.lower_name) != nullptr) {
        error = runtime::format(runtime::msg::CannotRedeclareBuiltin, function.name.c_str());
        return false;
    }
    auto [it, inserted] = m_functions.emplace(function.lower_name, &function);
    if (!inserted) {
        // zend_begin_func_decl / do_bind_function: the message names the new spelling.
        const Function& previous = *it->second;
        error = runtime::format(runtime::msg::CannotRedeclare,
                                function.name.c_str(), previous.file.c_str(), previous.start_line);
        return false;
    }
    return true;
}

} // namespace miniphp::vm

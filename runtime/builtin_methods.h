// BuiltinMethods: the storage of a built-in class's methods (their BuiltinFunction
// records and qualified names, which must outlive every call) and the one call that
// adds a method to the class.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

#include "runtime/builtins/builtin.h"
#include "runtime/class.h"
#include "runtime/string.h"

namespace miniphp::runtime {

class BuiltinMethods {
public:
    // Adds `Class::name` (`params`: the parameter names, comma separated) to `cls`.
    void add(Class* cls, std::string_view name, BuiltinHandler handler, uint16_t min_args, uint16_t max_args,
             std::string_view params, uint32_t flags)
    {
        m_names.push_back(cls->name() + "::" + std::string(name));
        m_functions.push_back(BuiltinFunction{m_names.back(), handler, min_args, max_args, params});
        Method method;
        method.name = std::string(name);
        method.flags = flags;
        method.scope = cls;
        method.builtin = &m_functions.back();
        cls->add_method(ascii_lower(name), std::move(method));
    }

private:
    std::deque<std::string> m_names;
    std::deque<BuiltinFunction> m_functions;
};

} // namespace miniphp::runtime

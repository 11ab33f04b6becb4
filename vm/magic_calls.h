// __call and __callStatic (Zend's call trampolines): a call to a method a class does
// not have (or may not be called from there) becomes a call of its __call($name,
// $args), or __callStatic for a static call. The call is set up as a call of a
// built-in "Class::name" that collects the arguments; when it runs, it calls the
// magic method from the code that made the call, so traces show only the magic
// method, as php's do.
#pragma once

#include <string_view>

namespace miniphp::runtime {
struct BuiltinFunction;
class Class;
}

namespace miniphp::vm {

// The trampoline of a call to `method` (as written) on `cls`.
const runtime::BuiltinFunction* call_trampoline(const runtime::Class* cls, std::string_view method);

} // namespace miniphp::vm

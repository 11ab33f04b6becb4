// Runs the interpreter on a thread with a large stack. The VM never recurses on the
// C stack for PHP calls, but the compiler walks expressions recursively; a big stack
// (reserved, not committed, until touched) lets deep but legitimate code compile, and
// the compiler's StackGuard turns anything deeper into php's error, not a crash.
#pragma once

#include <cstddef>
#include <functional>

namespace miniphp::cli {

inline constexpr size_t kInterpreterStackSize = 256 * 1024 * 1024;

// Returns `body`'s result, run on a thread with `stack_size` bytes of stack (or on
// the calling thread if such a thread cannot be created).
int run_with_stack(size_t stack_size, const std::function<int()>& body);

} // namespace miniphp::cli

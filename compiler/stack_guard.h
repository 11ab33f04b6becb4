// StackGuard: keeps the compiler's recursion over deep expressions (a chain of a
// million `+`) from overflowing the C stack. php 8.2 crashes on such input; php 8.3
// stops with "Maximum call stack size of N bytes reached during compilation", which
// is what we print.
#pragma once

#include <cstddef>
#include <cstdint>

namespace miniphp::compiler {

class StackGuard {
public:
    // Measures from the caller's frame; allows `budget` bytes below it.
    explicit StackGuard(size_t budget = kDefaultBudget)
        : m_base(reinterpret_cast<uintptr_t>(__builtin_frame_address(0))), m_budget(budget)
    {
    }

    bool exhausted() const
    {
        uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
        return m_base > here && m_base - here > m_budget;
    }
    size_t budget() const { return m_budget; }

    // Half of Linux's default 8 MiB main-thread stack: leaves room for the caller.
    static constexpr size_t kDefaultBudget = 4 * 1024 * 1024;

private:
    uintptr_t m_base;
    size_t m_budget;
};

} // namespace miniphp::compiler

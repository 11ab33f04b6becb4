// StackGuard: keeps the compiler's recursion over deep expressions (a chain of a
// million `+`) from overflowing the C stack. php 8.2 crashes on such input; php 8.3
// stops with "Maximum call stack size of N bytes reached during compilation", which
// is what we print. The budget is what is left of the current thread's stack when
// the guard is made, less a safety margin (the CLI runs on a 256 MiB stack).
#pragma once

#include <pthread.h>

#include <cstddef>
#include <cstdint>

namespace miniphp::compiler {

class StackGuard {
public:
    // Measures from the caller's frame; allows `budget` bytes below it.
    explicit StackGuard(size_t budget)
        : m_base(reinterpret_cast<uintptr_t>(__builtin_frame_address(0))), m_budget(budget)
    {
    }
    // Allows what the current thread's stack has left, less kMargin.
    StackGuard() : StackGuard(kFallbackBudget)
    {
        pthread_attr_t attributes;
        if (pthread_getattr_np(pthread_self(), &attributes) != 0)
            return;
        void* low = nullptr;
        size_t size = 0;
        if (pthread_attr_getstack(&attributes, &low, &size) == 0) {
            uintptr_t bottom = reinterpret_cast<uintptr_t>(low);
            if (m_base > bottom + kMargin)
                m_budget = m_base - bottom - kMargin;
        }
        pthread_attr_destroy(&attributes);
    }

    bool exhausted() const
    {
        uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
        return m_base > here && m_base - here > m_budget;
    }
    size_t budget() const { return m_budget; }

    // Room left for whatever runs below the deepest guarded frame.
    static constexpr size_t kMargin = 1024 * 1024;
    // When the stack's extent cannot be read: half of Linux's default 8 MiB.
    static constexpr size_t kFallbackBudget = 4 * 1024 * 1024;

private:
    uintptr_t m_base;
    size_t m_budget;
};

} // namespace miniphp::compiler

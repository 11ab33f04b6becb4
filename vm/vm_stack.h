// VmStack: where call frames live. Frames are pushed and popped in strict LIFO
// order, in 256 KiB pages taken from the heap (so memory_limit covers runaway
// recursion, as Zend's VM stack does); a frame never moves once pushed, so pointers
// to its slots stay valid while it lives.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/frame.h"

namespace miniphp::vm {

class VmStack {
public:
    static constexpr size_t kPageSize = 256 * 1024;

    VmStack() = default;
    ~VmStack();
    VmStack(const VmStack&) = delete;
    VmStack& operator=(const VmStack&) = delete;

    // A frame with `num_slots` slots, all Undef.
    Frame* push(uint32_t num_slots);
    // Pops `frame`, which must be the most recently pushed frame still alive.
    void pop(Frame* frame);

private:
    struct Page {
        Page* previous;
        char* previous_top; // where the previous page's frames ended
        size_t size;        // bytes of the page, header included
        char* end() { return reinterpret_cast<char*>(this) + size; }
        char* begin() { return reinterpret_cast<char*>(this) + kPageHeader; }
    };
    static constexpr size_t kPageHeader = 32;
    static_assert(sizeof(Page) <= kPageHeader);

    void new_page(size_t bytes_needed);

    Page* m_page = nullptr;
    char* m_top = nullptr;
};

} // namespace miniphp::vm

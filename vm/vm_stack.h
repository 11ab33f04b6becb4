// VmStack: where call frames live. Frames are pushed and popped in strict LIFO
// order, in 256 KiB pages taken from the heap (so memory_limit covers runaway
// recursion, as Zend's VM stack does); a frame never moves once pushed, so pointers
// to its slots stay valid while it lives.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <new>

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
    Frame* push(uint32_t num_slots)
    {
        size_t bytes = sizeof(Frame) + size_t(num_slots) * sizeof(runtime::Value);
        if (m_page == nullptr || static_cast<size_t>(m_page->end() - m_top) < bytes) [[unlikely]]
            new_page(bytes);
        auto* frame = new (m_top) Frame();
        m_top += bytes;
        frame->num_slots = num_slots;
        // An all-zero Value is Undef; a short loop beats a memset call for the few
        // slots a typical function has.
        runtime::Value* slots = frame->slots();
        for (uint32_t i = 0; i < num_slots; ++i)
            slots[i] = runtime::Value();
        return frame;
    }

    // Pops `frame`, which must be the most recently pushed frame still alive.
    void pop(Frame* frame)
    {
        char* start = reinterpret_cast<char*>(frame);
        assert(start + sizeof(Frame) + size_t(frame->num_slots) * sizeof(runtime::Value) == m_top);
        m_top = start;
        if (m_top == m_page->begin() && m_page->previous != nullptr) [[unlikely]]
            drop_page();
    }

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
    // The top frame of the page was popped: give the page back.
    void drop_page();

    Page* m_page = nullptr;
    char* m_top = nullptr;
};

} // namespace miniphp::vm

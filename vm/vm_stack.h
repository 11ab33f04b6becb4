// VmStack: where call frames live. Frames are pushed and popped in strict LIFO
// order, in 256 KiB pages taken from the heap (so memory_limit covers runaway
// recursion, as Zend's VM stack does); a frame never moves once pushed, so pointers
// to its slots stay valid while it lives.
//
// Memory above the top holds no refcounted value (see frame.h): pages are zeroed
// when taken, and every frame is emptied of refcounted values before it is popped.
//
// The last page given back is kept as a spare, so that a recursion going back and
// forth across a page boundary does not free and allocate a page each time. The
// heap counts the spare as freed (Heap::forget), so memory_get_usage() and
// memory_limit see what php's VM stack, which frees the page, would show.
// So push_uncleared() hands out memory whose slots need no release, and only the
// caller knows which of them must read as Undef.
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

    // The same as push_uncleared, or null when the page is full.
    Frame* try_push(size_t bytes)
    {
        char* top = m_top;
        if (static_cast<size_t>(m_end - top) < bytes) [[unlikely]]
            return nullptr;
        m_top = top + bytes;
        return reinterpret_cast<Frame*>(top);
    }
    // Starts a new page so that `bytes` fit (memory_limit may stop the script here).
    void make_room(size_t bytes) { new_page(bytes); }

    // A frame of `bytes` bytes (header included); its slots hold no refcounted value
    // but are not cleared, and its header is not initialised.
    Frame* push_uncleared(size_t bytes)
    {
        if (static_cast<size_t>(m_end - m_top) < bytes) [[unlikely]]
            new_page(bytes);
        auto* frame = reinterpret_cast<Frame*>(m_top);
        m_top += bytes;
        return frame;
    }

    // A frame with `num_slots` slots, all Undef, and a cleared header.
    Frame* push(uint32_t num_slots)
    {
        Frame* frame = push_uncleared(sizeof(Frame) + size_t(num_slots) * sizeof(runtime::Value));
        new (frame) Frame();
        frame->num_slots = num_slots;
        runtime::Value* slots = frame->slots();
        for (uint32_t i = 0; i < num_slots; ++i)
            slots[i] = runtime::Value();
        return frame;
    }

    // Pops `frame`, which must be the most recently pushed frame still alive. Its
    // header is cleared: a later frame's uncleared slots may lie over it, and its
    // pointers must not read as refcounted values there.
    void pop(Frame* frame)
    {
        *frame = Frame();
        m_top = reinterpret_cast<char*>(frame);
        if (m_top == m_begin && m_page->previous != nullptr) [[unlikely]]
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
    static constexpr size_t kPageHeader = 64;
    static_assert(sizeof(Page) <= kPageHeader);

    void new_page(size_t bytes_needed);
    // The top frame of the page was popped: give the page back.
    void drop_page();

    Page* m_page = nullptr;
    Page* m_spare = nullptr; // a standard-size page kept for reuse (no frames on it)
    char* m_top = nullptr;
    char* m_begin = nullptr; // first frame byte of m_page
    char* m_end = nullptr;   // end of m_page
};

} // namespace miniphp::vm

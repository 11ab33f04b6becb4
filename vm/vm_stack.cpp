#include "vm/vm_stack.h"

#include <cassert>
#include <cstring>
#include <new>

#include "gc/heap.h"

namespace miniphp::vm {

VmStack::~VmStack()
{
    while (m_page != nullptr) {
        Page* previous = m_page->previous;
        gc::heap().deallocate(m_page, m_page->size);
        m_page = previous;
    }
}

void VmStack::new_page(size_t bytes_needed)
{
    size_t size = kPageSize;
    if (bytes_needed + kPageHeader > size)
        size = bytes_needed + kPageHeader;
    auto* page = static_cast<Page*>(gc::heap().allocate(size));
    page->previous = m_page;
    page->previous_top = m_top;
    page->size = size;
    m_page = page;
    m_top = page->begin();
}

Frame* VmStack::push(uint32_t num_slots)
{
    size_t bytes = sizeof(Frame) + size_t(num_slots) * sizeof(runtime::Value);
    if (m_page == nullptr || static_cast<size_t>(m_page->end() - m_top) < bytes)
        new_page(bytes);
    // Header and slots start zeroed: an all-zero Value is Undef.
    std::memset(m_top, 0, bytes);
    auto* frame = new (m_top) Frame();
    m_top += bytes;
    frame->num_slots = num_slots;
    return frame;
}

void VmStack::pop(Frame* frame)
{
    char* start = reinterpret_cast<char*>(frame);
    assert(start + sizeof(Frame) + size_t(frame->num_slots) * sizeof(runtime::Value) == m_top);
    m_top = start;
    // The frame was the first of its page: give the page back.
    if (m_top == m_page->begin() && m_page->previous != nullptr) {
        Page* page = m_page;
        m_page = page->previous;
        m_top = page->previous_top;
        gc::heap().deallocate(page, page->size);
    }
}

} // namespace miniphp::vm

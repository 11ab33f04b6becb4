#include "vm/vm_stack.h"

#include <cstring>

#include "gc/heap.h"

namespace miniphp::vm {

VmStack::~VmStack()
{
    if (m_spare != nullptr)
        gc::heap().deallocate_forgotten(m_spare, m_spare->size);
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
    Page* page;
    if (m_spare != nullptr && size == kPageSize) {
        // Still clean: every frame on it was emptied before it was popped.
        gc::heap().reclaim(kPageSize);
        page = m_spare;
        m_spare = nullptr;
    } else {
        page = static_cast<Page*>(gc::heap().allocate(size));
        // The stack's invariant: no stale refcounted value above the top.
        std::memset(static_cast<void*>(page), 0, size);
    }
    page->previous = m_page;
    page->previous_top = m_top;
    page->size = size;
    m_page = page;
    m_top = m_begin = page->begin();
    m_end = page->end();
}

void VmStack::drop_page()
{
    Page* page = m_page;
    m_page = page->previous;
    m_top = page->previous_top;
    m_begin = m_page->begin();
    m_end = m_page->end();
    if (m_spare == nullptr && page->size == kPageSize) {
        gc::heap().forget(kPageSize);
        m_spare = page;
    } else {
        gc::heap().deallocate(page, page->size);
    }
}

} // namespace miniphp::vm

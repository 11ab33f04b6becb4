#include "vm/vm_stack.h"

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

void VmStack::drop_page()
{
    Page* page = m_page;
    m_page = page->previous;
    m_top = page->previous_top;
    gc::heap().deallocate(page, page->size);
}

} // namespace miniphp::vm

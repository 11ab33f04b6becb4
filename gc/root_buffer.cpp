#include "gc/root_buffer.h"

#include <cassert>

namespace miniphp::gc {

uint32_t RootBuffer::fetch_after_growing()
{
    if (!grow())
        return 0;
    return fetch_next_unused();
}

bool RootBuffer::grow()
{
    uint32_t old_size = size();
    if (old_size >= kMaxSize)
        return false;
    uint32_t new_size = old_size < kGrowStep ? old_size * 2 : old_size + kGrowStep;
    if (new_size > kMaxSize)
        new_size = kMaxSize;
    m_slots.resize(new_size, 0);
    return true;
}

uint32_t RootBuffer::find(const Refcounted* node, uint32_t compressed) const
{
    uint32_t slot = compressed;
    while (pointer(m_slots[slot]) != node || tag(m_slots[slot]) == Unused) {
        slot += kMaxUncompressed;
        assert(slot < m_first_unused);
    }
    return slot;
}

void RootBuffer::compact_holes(uint32_t used)
{
    if (used != 0) {
        uint32_t free = kFirstRoot;          // first finger: looks for holes
        uint32_t scan = m_first_unused - 1; // second finger: looks for entries
        uint32_t end = used;                // everything above it will be empty
        while (free < scan) {
            while (tag(m_slots[free]) != Unused)
                ++free;
            while (tag(m_slots[scan]) == Unused)
                --scan;
            if (scan > free) {
                uintptr_t moved = m_slots[scan];
                m_slots[free] = moved;
                Refcounted* node = pointer(moved);
                node->set_info(compress(free), node->colour());
                ++free;
                --scan;
                if (scan <= end)
                    break;
            }
        }
    }
    m_unused = 0;
    m_first_unused = used + kFirstRoot;
}

} // namespace miniphp::gc

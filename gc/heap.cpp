#include "gc/heap.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

namespace miniphp::gc {

namespace {

size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

} // namespace

// Pages actually reserved for a large block of `size` bytes.
size_t Heap::large_capacity(size_t size)
{
    size_t capacity = kPageSize;
    size_t needed = round_up(size, kPageSize);
    if (needed > SIZE_MAX / 2)
        return needed;
    while (capacity < needed)
        capacity *= 2;
    return capacity;
}

Heap::Heap() = default;

Heap::~Heap()
{
    for (void* chunk : m_chunks)
        std::free(chunk);
}

size_t Heap::charged_size(size_t size)
{
    if (size == 0)
        size = 1;
    if (size <= kMaxSmallSize)
        return heap_bins::kBinSizes[bin_index(size)];
    if (size <= kChunkSize - kPageSize)
        return round_up(size, kPageSize);
    // Huge blocks: whole pages plus Zend's bookkeeping block for them.
    return round_up(size, kPageSize) + 24;
}

// The size php's "tried to allocate N bytes" names: huge blocks are mapped in whole
// pages (zend_mm_alloc_huge), so the figure is page-rounded for them.
size_t Heap::reported_size(size_t size)
{
    if (size > kChunkSize - kPageSize)
        return round_up(size, kPageSize);
    return size;
}

void Heap::charge(size_t charged, size_t requested)
{
    if (passes_limit(charged) && m_on_out_of_memory)
        m_on_out_of_memory(m_limit, requested);
    note_allocated(charged);
}

void* Heap::allocate_small(size_t bin)
{
    if (FreeBlock* block = m_free[bin]) {
        m_free[bin] = block->next;
        return block;
    }
    size_t size = heap_bins::kBinSizes[bin];
    if (m_bump == nullptr || static_cast<size_t>(m_bump_end - m_bump) < size) {
        void* chunk = std::malloc(kChunkSize);
        if (chunk == nullptr)
            throw std::bad_alloc();
        m_chunks.push_back(chunk);
        m_real_usage += kChunkSize;
        m_bump = static_cast<char*>(chunk);
        m_bump_end = m_bump + kChunkSize;
    }
    void* block = m_bump;
    m_bump += size;
    return block;
}

void* Heap::allocate_slow(size_t size)
{
    if (size > SIZE_MAX - (kPageSize - 1)) {
        // Rounding up to whole pages would wrap around (str_repeat can ask for this).
        if (m_on_overflow)
            m_on_overflow(size, kPageSize);
        throw std::bad_alloc();
    }
    size_t charged = charged_size(size);
    charge(charged, reported_size(size));
    if (size <= kMaxSmallSize)
        return allocate_small(bin_index(size == 0 ? 1 : size));
    void* block = std::malloc(large_capacity(size));
    if (block == nullptr)
        throw std::bad_alloc();
    return block;
}

void Heap::deallocate_slow(void* block, size_t size)
{
    if (block == nullptr)
        return;
    m_usage -= charged_size(size);
    note_freed();
    if (size <= kMaxSmallSize) {
        size_t bin = bin_index(size == 0 ? 1 : size);
        auto* free_block = static_cast<FreeBlock*>(block);
        free_block->next = m_free[bin];
        m_free[bin] = free_block;
        return;
    }
    std::free(block);
}

void* Heap::reallocate_slow(void* block, size_t old_size, size_t new_size)
{
    size_t old_charged = charged_size(old_size);
    size_t new_charged = charged_size(new_size);
    if (old_size <= kMaxSmallSize && new_size <= kMaxSmallSize && old_charged == new_charged)
        return block;
    if (old_size > kMaxSmallSize && new_size > kMaxSmallSize && new_size <= SIZE_MAX - (kPageSize - 1)) {
        if (new_charged > old_charged && passes_limit(new_charged - old_charged) &&
            m_on_out_of_memory)
            m_on_out_of_memory(m_limit, reported_size(new_size));
        size_t capacity = large_capacity(new_size);
        void* moved = block;
        if (capacity != large_capacity(old_size)) {
            moved = std::realloc(block, capacity);
            if (moved == nullptr)
                throw std::bad_alloc();
        }
        m_usage = m_usage - old_charged + new_charged;
        if (m_usage > m_peak)
            m_peak = m_usage;
        return moved;
    }
    void* moved = allocate(new_size);
    std::memcpy(moved, block, old_size < new_size ? old_size : new_size);
    deallocate(block, old_size);
    return moved;
}

} // namespace miniphp::gc

// The allocator behind every PHP-visible value: strings, and later arrays, objects,
// references and the VM stack. It follows the Zend memory manager's size classes
// (30 small bins up to 3072 bytes, 4 KiB pages above that) so that
// memory_get_usage() can report the figures php reports, and it enforces
// memory_limit with php's message.
//
// Small blocks come from per-bin free lists carved out of 2 MiB chunks; large blocks
// go to the system allocator, accounted in whole pages. Callers pass the size back on
// deallocate (sized delete), so no per-block header is needed. A large block reserves
// a power-of-two number of pages (its capacity, derived from its size), so growing a
// block one append at a time copies it only O(log n) times, whatever the system
// allocator does; memory figures still count the exact pages php would use.
//
// Debug builds (MINIPHP_DEBUG) also count live blocks so that shutdown can report
// anything still allocated as a leak.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace miniphp::gc {

namespace heap_bins {

constexpr size_t kMaxSmallSize = 3072;
constexpr size_t kBinCount = 30;
// Zend MM's small bin sizes (Zend/zend_alloc_sizes.h): memory figures depend on them.
constexpr uint32_t kBinSizes[kBinCount] = {8,   16,  24,  32,  40,  48,  56,  64,   80,   96,
                                           112, 128, 160, 192, 224, 256, 320, 384,  448,  512,
                                           640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072};
// The bin of each size in 8-byte steps, so that finding a bin is a table lookup.
struct BinTable {
    uint8_t index[kMaxSmallSize / 8 + 1];
    constexpr BinTable() : index()
    {
        size_t bin = 0;
        for (size_t i = 0; i <= kMaxSmallSize / 8; ++i) {
            while (kBinSizes[bin] < i * 8)
                ++bin;
            index[i] = static_cast<uint8_t>(bin);
        }
    }
};
constexpr BinTable kBinTable{};

} // namespace heap_bins

class Heap {
public:
    static constexpr size_t kMaxSmallSize = heap_bins::kMaxSmallSize;
    static constexpr size_t kPageSize = 4096;
    static constexpr size_t kChunkSize = 2 * 1024 * 1024;
    static constexpr size_t kDefaultLimit = 128 * 1024 * 1024;

    // Called when an allocation would pass the limit; must not return.
    using OutOfMemoryHandler = void (*)(size_t limit, size_t requested);
    // Called when a huge request cannot be rounded up to whole pages without wrapping
    // around (zend_mm_alloc_huge's check); must not return.
    using OverflowHandler = void (*)(size_t size, size_t page_size);

    Heap();
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Small blocks (the common case) are served inline from a bin's free list;
    // everything else goes to the out-of-line paths in heap.cpp.
    void* allocate(size_t size)
    {
        if (size - 1 < kMaxSmallSize) [[likely]] { // 1..3072 bytes
            size_t bin = bin_index(size);
            size_t charged = heap_bins::kBinSizes[bin];
            if (FreeBlock* block = m_free[bin]; block != nullptr && !passes_limit(charged)) [[likely]] {
                m_free[bin] = block->next;
                note_allocated(charged);
                return block;
            }
        }
        return allocate_slow(size);
    }
    void deallocate(void* block, size_t size)
    {
        if (size - 1 < kMaxSmallSize && block != nullptr) [[likely]] {
            size_t bin = bin_index(size);
            m_usage -= heap_bins::kBinSizes[bin];
            note_freed();
            auto* free_block = static_cast<FreeBlock*>(block);
            free_block->next = m_free[bin];
            m_free[bin] = free_block;
            return;
        }
        deallocate_slow(block, size);
    }
    // Grows or shrinks a block, moving it only when its size class changes (large
    // blocks are resized by the system allocator, usually in place). The common
    // cases of `$s .= x` cost a few compares here, as in zend_mm_realloc_heap: a small
    // block that stays in its bin, or a large one that keeps its page count, is
    // already big enough and its charge does not change, so nothing at all is done.
    void* reallocate(void* block, size_t old_size, size_t new_size)
    {
        if (old_size - 1 < kMaxSmallSize && new_size - 1 < kMaxSmallSize) [[likely]] {
            if (bin_index(old_size) == bin_index(new_size))
                return block;
        } else if (old_size > kMaxSmallSize && new_size > kMaxSmallSize &&
                   (old_size - 1) / kPageSize == (new_size - 1) / kPageSize) {
            // Same pages, so the same charge, huge-block surcharge and capacity. new_size
            // cannot overflow a page rounding: old_size's rounding did not.
            return block;
        }
        return reallocate_slow(block, old_size, new_size);
    }

    // A block its owner keeps aside for reuse instead of freeing it (the VM stack's
    // spare page): counted as freed by forget(), so memory figures are those of a
    // freed block, and as allocated again by reclaim(), which memory_limit may stop
    // as it would stop a new allocation.
    void forget(size_t size)
    {
        m_usage -= charged_size(size);
        note_freed();
    }
    void reclaim(size_t size) { charge(charged_size(size), reported_size(size)); }
    // Frees a block forget() took off the books (no memory_limit check).
    void deallocate_forgotten(void* block, size_t size)
    {
        note_allocated(charged_size(size));
        deallocate(block, size);
    }

    // Calls the out-of-memory handler if a block of `size` bytes would pass the
    // limit now; allocates nothing. For code that builds a large result outside the
    // heap but must fail where php's heap would.
    void check_allocation(size_t size)
    {
        size_t charged = charged_size(size);
        if (passes_limit(charged) && m_on_out_of_memory)
            m_on_out_of_memory(m_limit, reported_size(size));
    }

    // Bytes handed out, counted by bin or page size as the Zend MM counts them.
    size_t usage() const { return m_usage; }
    size_t peak_usage() const { return m_peak; }
    // Bytes taken from the system in chunks (memory_get_usage(true)).
    size_t real_usage() const { return m_real_usage; }
    size_t live_blocks() const { return m_live_blocks; }

    void set_limit(size_t limit) { m_limit = limit; }
    size_t limit() const { return m_limit; }
    void set_out_of_memory_handler(OutOfMemoryHandler handler) { m_on_out_of_memory = handler; }
    void set_overflow_handler(OverflowHandler handler) { m_on_overflow = handler; }

    // The size a request of `size` bytes is charged as.
    static size_t charged_size(size_t size);

private:
    struct FreeBlock {
        FreeBlock* next;
    };

    static size_t bin_index(size_t size) { return heap_bins::kBinTable.index[(size + 7) / 8]; }
    static size_t large_capacity(size_t size);
    static size_t reported_size(size_t size);
    void* allocate_slow(size_t size);
    void* reallocate_slow(void* block, size_t old_size, size_t new_size);
    void deallocate_slow(void* block, size_t size);
    void* allocate_small(size_t bin);
    void charge(size_t charged, size_t requested);
    void note_allocated(size_t charged)
    {
        m_usage += charged;
        if (m_usage > m_peak)
            m_peak = m_usage;
        ++m_live_blocks;
    }
    void note_freed() { --m_live_blocks; }
    // True if `more` bytes on top of the current usage would pass memory_limit
    // (written so that a figure near SIZE_MAX cannot wrap around and pass the test).
    bool passes_limit(size_t more) const { return m_usage > m_limit || more > m_limit - m_usage; }

    FreeBlock* m_free[heap_bins::kBinCount] = {};
    char* m_bump = nullptr;     // next unused byte of the current chunk
    char* m_bump_end = nullptr; // end of the current chunk
    std::vector<void*> m_chunks;
    size_t m_usage = 0;
    size_t m_peak = 0;
    size_t m_real_usage = 0;
    size_t m_live_blocks = 0;
    size_t m_limit = kDefaultLimit;
    OutOfMemoryHandler m_on_out_of_memory = nullptr;
    OverflowHandler m_on_overflow = nullptr;
};

// The process-wide heap: one script runs per process, as one request per PHP worker.
// Never destroyed: values may still be released while static objects are torn down.
inline Heap& heap()
{
    static Heap* instance = new Heap();
    return *instance;
}

} // namespace miniphp::gc

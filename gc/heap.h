// The allocator behind every PHP-visible value: strings, arrays, objects, references
// and the VM stack. It is shaped like the Zend memory manager (Zend/zend_alloc.c) so
// that memory_get_usage(), memory_get_usage(true) and memory_limit behave as php's:
//
//  - Memory comes from the system in 2 MiB chunks aligned on 2 MiB. The first 4 KiB
//    page of a chunk holds its header: a bitmap of used pages and a word per page
//    saying what the page holds. The other 511 pages are handed out in runs.
//  - Small blocks (up to 3072 bytes) are rounded up to one of php's 30 bins and come
//    from per-bin free lists; an empty list is refilled by carving a run of the bin's
//    page count (1 to 7 pages, as php's) into blocks. Runs go back to the pages only
//    when collect_garbage() finds every block of one free (zend_mm_gc).
//  - Large blocks take whole pages inside a chunk, found best-fit as
//    zend_mm_alloc_pages finds them, and give them back when freed; a chunk left
//    empty is cached or returned as php's are.
//  - Huge blocks (above 2 MiB - 4 KiB) are mapped on their own, rounded up to pages,
//    with a 24-byte list entry from the small bins, as php's zend_mm_huge_list.
//
// So a block's size is known from its address: a huge block starts on a chunk
// boundary, anything else finds its page's word in its chunk's header. Callers that
// know the size may still pass it (the inline fast paths use it to find the bin);
// strings, whose block size depends on the php function that made them, use the
// address-only entry points.
//
// usage() counts blocks as php counts them (bin, pages, or huge mapping);
// real_usage() counts chunks (cached ones included) and huge mappings, and
// memory_limit is checked against it only when a new chunk or a huge block is needed,
// with php 8.2's message: "tried to allocate 2097152 bytes" for a chunk, the
// page-rounded size for a huge block.
//
// Debug builds (MINIPHP_DEBUG) also count live blocks so that shutdown can report
// anything still allocated as a leak.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace miniphp::gc {

namespace heap_bins {

constexpr size_t kMaxSmallSize = 3072;
constexpr size_t kBinCount = 30;
// Zend MM's small bin sizes (Zend/zend_alloc_sizes.h): memory figures depend on them.
constexpr uint32_t kBinSizes[kBinCount] = {8,   16,  24,  32,  40,  48,  56,  64,   80,   96,
                                           112, 128, 160, 192, 224, 256, 320, 384,  448,  512,
                                           640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072};
// Pages in one run of each bin (Zend/zend_alloc_sizes.h): a run is refilled whole,
// so these decide when a chunk fills up and memory_limit is reached.
constexpr uint8_t kBinPages[kBinCount] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
                                          1, 5, 3, 1, 1, 5, 3, 2, 2, 5, 3, 7, 4, 5, 3};
// The smallest size a block of each bin is resized to in place: below it the block
// moves to a smaller bin (zend_mm_realloc_heap's truncation).
struct InPlaceLow {
    uint32_t low[kBinCount];
    constexpr InPlaceLow() : low()
    {
        for (size_t bin = 1; bin < kBinCount; ++bin)
            low[bin] = kBinSizes[bin - 1];
    }
    constexpr uint32_t operator[](size_t bin) const { return low[bin]; }
};
constexpr InPlaceLow kInPlaceLow{};
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
    static constexpr size_t kPagesPerChunk = kChunkSize / kPageSize;
    static constexpr size_t kMaxLargeSize = kChunkSize - kPageSize;
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
            if (FreeBlock* block = m_free[bin]; block != nullptr) [[likely]] {
                m_free[bin] = block->next;
                // The next block of this bin is what the next allocation returns: fetch
                // it now, so that reading its link and filling it do not wait on memory
                // (a free list may be long cold, after a collection freed a lot).
                __builtin_prefetch(block->next, 1);
                note_allocated(heap_bins::kBinSizes[bin]);
                return block;
            }
        }
        return allocate_slow(size);
    }
    // Frees a block allocated with `size` bytes (or any size of the same bin, or of the
    // same page count for a large block).
    void deallocate(void* block, size_t size)
    {
        if (size - 1 < kMaxSmallSize && block != nullptr) [[likely]] {
            free_small(block, bin_index(size));
            return;
        }
        deallocate_slow(block, size);
    }
    // Frees a block whatever size it was allocated with (zend_mm_free_heap): a small
    // block inline, from its page's word.
    void free(void* block)
    {
        auto address = reinterpret_cast<uintptr_t>(block);
        size_t offset = address & (kChunkSize - 1);
        if (offset != 0) [[likely]] {
            uint32_t info = reinterpret_cast<const uint32_t*>(address - offset + kPageMapOffset)[offset / kPageSize];
            if (info & kSmallRunBit) {
                free_small(block, info & 0x1f);
                return;
            }
        }
        free_slow(block);
    }
    // The size a block is charged as: its bin, its pages, or its huge mapping.
    size_t block_size(const void* block) const;

    // Grows or shrinks a block, moving it only when its size class changes. The
    // common cases of `$s .= x` cost a few compares here, as in zend_mm_realloc_heap:
    // a small block that stays in its bin, or a large one that keeps its page count,
    // is already big enough and its charge does not change, so nothing at all is done.
    void* reallocate(void* block, size_t old_size, size_t new_size)
    {
        if (old_size - 1 < kMaxSmallSize && new_size - 1 < kMaxSmallSize) [[likely]] {
            if (bin_index(old_size) == bin_index(new_size))
                return block;
        } else if (old_size > kMaxSmallSize && new_size > kMaxSmallSize && old_size <= kMaxLargeSize &&
                   new_size <= kMaxLargeSize && (old_size - 1) / kPageSize == (new_size - 1) / kPageSize) {
            return block; // the same pages, so the same charge
        }
        return reallocate_slow(block, old_size, new_size);
    }
    // The same for a block whose size is known only from its address. A small block
    // keeps its place while the new size fits its bin and would not fit the bin below
    // (zend_mm_realloc_heap's in-place and truncation rules).
    void* reallocate(void* block, size_t new_size)
    {
        auto address = reinterpret_cast<uintptr_t>(block);
        size_t offset = address & (kChunkSize - 1);
        if (offset != 0) [[likely]] {
            uint32_t info = reinterpret_cast<const uint32_t*>(address - offset + kPageMapOffset)[offset / kPageSize];
            if (info & kSmallRunBit) {
                size_t bin = info & 0x1f;
                if (new_size - heap_bins::kInPlaceLow[bin] <= heap_bins::kBinSizes[bin] - heap_bins::kInPlaceLow[bin])
                    return block;
            } else if (new_size > kMaxSmallSize && (new_size + kPageSize - 1) / kPageSize == (info & 0x3ff)) {
                return block;
            }
        }
        return reallocate_slow(block, 0, new_size);
    }

    // A block its owner keeps aside for reuse instead of freeing it (the VM stack's
    // spare page): counted as freed by forget(), so memory figures are those of a
    // freed block, and as allocated again by reclaim().
    void forget(size_t size)
    {
        m_usage -= charged_size(size);
        note_freed();
    }
    void reclaim(size_t size) { note_allocated(charged_size(size)); }
    // Frees a block forget() took off the books.
    void deallocate_forgotten(void* block, size_t size)
    {
        note_allocated(charged_size(size));
        deallocate(block, size);
    }

    // A block for the heap's users' own bookkeeping that php keeps in its heap too (the
    // object store's buckets, the output layer's block): counted in the figures like
    // any block, but not among the live blocks, so leak counts see only values.
    void* allocate_bookkeeping(size_t size)
    {
        void* block = allocate(size);
        note_freed();
        return block;
    }
    void* reallocate_bookkeeping(void* block, size_t old_size, size_t new_size)
    {
        return reallocate(block, old_size, new_size);
    }
    void deallocate_bookkeeping(void* block, size_t size)
    {
        ++m_live_blocks;
        deallocate(block, size);
    }

    // Calls the out-of-memory handler if a block of `size` bytes could not be had
    // now without passing the limit; allocates nothing. For code that builds a large
    // result outside the heap but must fail where php's heap would.
    void check_allocation(size_t size);

    // Takes `pages` pages of the main chunk for good without counting them as used:
    // what php's engine holds before a script starts (its compiler arena, the
    // request's interned strings, partly filled runs of small blocks) and miniphp
    // does not, so that the chunk fills up, and memory_limit is reached, about where
    // php's does.
    void reserve_startup_pages(uint32_t pages) { allocate_pages(pages); }

    // zend_mm_gc (gc_mem_caches(), and php's last try before memory_limit fails):
    // gives back the pages of small-block runs that are entirely free and the chunks
    // left empty. Returns the bytes of pages released.
    size_t collect_garbage();

    // Bytes handed out, counted by bin or page size as the Zend MM counts them.
    size_t usage() const { return m_usage; }
    size_t peak_usage() const { return m_peak; }
    // Bytes taken from the system: chunks and huge blocks (memory_get_usage(true)).
    size_t real_usage() const { return m_real_usage; }
    size_t real_peak_usage() const { return m_real_peak; }
    // memory_reset_peak_usage(): both peaks start again from the current figures.
    void reset_peaks()
    {
        m_peak = m_usage;
        m_real_peak = m_real_usage;
    }
    size_t live_blocks() const { return m_live_blocks; }

    void set_limit(size_t limit) { m_limit = limit; }
    size_t limit() const { return m_limit; }
    void set_out_of_memory_handler(OutOfMemoryHandler handler) { m_on_out_of_memory = handler; }
    void set_overflow_handler(OverflowHandler handler) { m_on_overflow = handler; }

    // The size a request of `size` bytes is charged as (a huge block's includes its
    // 24-byte list entry).
    static size_t charged_size(size_t size);

private:
    struct FreeBlock {
        FreeBlock* next;
    };
    struct Chunk;
    // Where a chunk's page map starts, and the mark of a page of small blocks
    // (heap.cpp checks them against its Chunk).
    static constexpr size_t kPageMapOffset = 96;
    static constexpr uint32_t kSmallRunBit = 0x80000000;
    struct HugeBlock;

    static size_t bin_index(size_t size) { return heap_bins::kBinTable.index[(size + 7) / 8]; }
    void* allocate_slow(size_t size);
    void* reallocate_slow(void* block, size_t old_size, size_t new_size);
    void deallocate_slow(void* block, size_t size);
    void free_slow(void* block);
    void free_small(void* block, size_t bin)
    {
        m_usage -= heap_bins::kBinSizes[bin];
        note_freed();
        auto* free_block = static_cast<FreeBlock*>(block);
        free_block->next = m_free[bin];
        m_free[bin] = free_block;
    }
    void* refill_bin(size_t bin);
    void* allocate_large(size_t size);
    void free_large(void* block);
    void* allocate_huge(size_t size);
    void free_huge(void* block);
    void* reallocate_huge(void* block, size_t new_size);
    void* move_block(void* block, size_t old_size, size_t new_size);
    void* allocate_pages(uint32_t count);
    void free_pages(Chunk* chunk, uint32_t first, uint32_t count);
    Chunk* new_chunk();
    void delete_chunk(Chunk* chunk);
    // True if `more` bytes on top of the real size would pass memory_limit (never while
    // an exhaustion is being reported, nor without a handler to report it).
    bool passes_limit(size_t more) const
    {
        return m_on_out_of_memory != nullptr && !m_overflow && more > m_limit - std::min(m_limit, m_real_usage);
    }
    [[noreturn]] void out_of_memory(size_t requested);
    void note_allocated(size_t charged)
    {
        m_usage += charged;
        if (m_usage > m_peak)
            m_peak = m_usage;
        ++m_live_blocks;
    }
    void note_freed() { --m_live_blocks; }
    void note_real(size_t bytes)
    {
        m_real_usage += bytes;
        if (m_real_usage > m_real_peak)
            m_real_peak = m_real_usage;
    }

    FreeBlock* m_free[heap_bins::kBinCount] = {};
    Chunk* m_main_chunk = nullptr; // first of the circular list of chunks in use
    Chunk* m_cached_chunks = nullptr;
    uint32_t m_chunks_count = 0;
    uint32_t m_cached_chunks_count = 0;
    uint32_t m_last_delete_boundary = 0;
    uint32_t m_last_delete_count = 0;
    uint32_t m_next_chunk_number = 0;
    HugeBlock* m_huge_blocks = nullptr;
    size_t m_usage = 0;
    size_t m_peak = 0;
    size_t m_real_usage = 0;
    size_t m_real_peak = 0;
    size_t m_live_blocks = 0;
    size_t m_limit = kDefaultLimit;
    bool m_overflow = false; // reporting an exhaustion: allocations go unchecked
    OutOfMemoryHandler m_on_out_of_memory = nullptr;
    OverflowHandler m_on_overflow = nullptr;
};

// The process-wide heap: one script runs per process, as one request per PHP worker.
// Never destroyed: values may still be released while static objects are torn down.
// A plain pointer rather than a function-local static: every allocation reads it,
// and a local static pays for its guard each time.
namespace detail {
inline Heap* const g_heap = new Heap();
}
inline Heap& heap() { return *detail::g_heap; }

} // namespace miniphp::gc

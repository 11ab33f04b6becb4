#include "gc/heap.h"

#include <sys/mman.h>

#include <bit>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <unordered_map>
#include <utility>
#include <vector>

namespace miniphp::gc {

namespace {

size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

// What a page of a chunk holds, in its word of the chunk's page map.
constexpr uint32_t kLargeRun = 0x40000000; // first page of a large block; low bits: pages
constexpr uint32_t kSmallRun = 0x80000000; // a page of a bin's run; low bits: the bin
constexpr uint32_t kCountMask = 0x3ff;
constexpr uint32_t kBinMask = 0x1f;
constexpr uint32_t kRunIndexShift = 5; // a small-run page's index within its run
constexpr uint32_t kFirstPage = 1; // page 0 holds the chunk header
constexpr size_t kHugeEntrySize = 24; // php's zend_mm_huge_list entry

// A fresh mapping of `size` bytes starting on a chunk boundary, or null.
void* map_aligned(size_t size)
{
    size_t alignment = Heap::kChunkSize;
    void* raw = ::mmap(nullptr, size + alignment, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return nullptr;
    auto start = reinterpret_cast<uintptr_t>(raw);
    uintptr_t aligned = (start + alignment - 1) & ~(alignment - 1);
    if (aligned != start)
        ::munmap(raw, aligned - start);
    size_t tail = (start + size + alignment) - (aligned + size);
    if (tail != 0)
        ::munmap(reinterpret_cast<void*>(aligned + size), tail);
    return reinterpret_cast<void*>(aligned);
}

} // namespace

// The header in a chunk's first page: the chunk list links, the page bitmap (a bit
// set for every page in use, page 0 included) and a word per page.
struct Heap::Chunk {
    Chunk* next;
    Chunk* prev;
    uint32_t free_pages;
    uint32_t free_tail; // pages from here to the end are free (a hint, as php's)
    uint32_t number;
    uint64_t used[kPagesPerChunk / 64];
    uint32_t map[kPagesPerChunk];

    static Chunk* of(const void* block)
    {
        return reinterpret_cast<Chunk*>(reinterpret_cast<uintptr_t>(block) & ~(kChunkSize - 1));
    }
    static uint32_t page_of(const void* block)
    {
        return static_cast<uint32_t>((reinterpret_cast<uintptr_t>(block) & (kChunkSize - 1)) / kPageSize);
    }
    char* page(uint32_t n) { return reinterpret_cast<char*>(this) + n * kPageSize; }
    bool is_used(uint32_t n) const { return (used[n / 64] >> (n % 64)) & 1; }
    void set_used(uint32_t first, uint32_t count, bool on)
    {
        for (uint32_t n = first; n < first + count; ++n) {
            if (on)
                used[n / 64] |= uint64_t(1) << (n % 64);
            else
                used[n / 64] &= ~(uint64_t(1) << (n % 64));
        }
    }
    // The first page from `n` on that is in use (or free), kPagesPerChunk if none.
    uint32_t next_page(uint32_t n, bool in_use) const
    {
        while (n < kPagesPerChunk) {
            uint64_t word = in_use ? used[n / 64] : ~used[n / 64];
            word &= ~uint64_t(0) << (n % 64);
            if (word != 0)
                return (n & ~63u) + static_cast<uint32_t>(std::countr_zero(word));
            n = (n & ~63u) + 64;
        }
        return kPagesPerChunk;
    }
    bool range_free(uint32_t first, uint32_t count) const
    {
        for (uint32_t n = first; n < first + count; ++n)
            if (is_used(n))
                return false;
        return true;
    }
};


// A huge block's entry, itself a 24-byte small block as php's.
struct Heap::HugeBlock {
    void* block;
    size_t size; // page-rounded
    HugeBlock* next;
};

// The main chunk is taken at once, as zend_mm_init does: php's real size starts at
// 2 MiB.
Heap::Heap() { new_chunk(); }

Heap::~Heap()
{
    for (HugeBlock* h = m_huge_blocks; h != nullptr; h = h->next)
        ::munmap(h->block, h->size);
    if (m_main_chunk != nullptr) {
        Chunk* chunk = m_main_chunk;
        do {
            Chunk* next = chunk->next;
            ::munmap(chunk, kChunkSize);
            chunk = next;
        } while (chunk != m_main_chunk);
    }
    while (m_cached_chunks != nullptr) {
        Chunk* next = m_cached_chunks->next;
        ::munmap(m_cached_chunks, kChunkSize);
        m_cached_chunks = next;
    }
}

size_t Heap::charged_size(size_t size)
{
    if (size == 0)
        size = 1;
    if (size <= kMaxSmallSize)
        return heap_bins::kBinSizes[bin_index(size)];
    if (size <= kMaxLargeSize)
        return round_up(size, kPageSize);
    return round_up(size, kPageSize) + kHugeEntrySize;
}

void Heap::out_of_memory(size_t requested)
{
    if (m_on_out_of_memory != nullptr) {
        // php sets heap->overflow while the error is reported: whatever the report
        // allocates is not checked again.
        m_overflow = true;
        struct Reset {
            bool& flag;
            ~Reset() { flag = false; }
        } reset{m_overflow};
        m_on_out_of_memory(m_limit, requested);
    }
    throw std::bad_alloc();
}

// --- chunks ---------------------------------------------------------------------

// A chunk for more pages: a cached one, else a new one if memory_limit allows
// (zend_mm_alloc_pages's not_found path), linked at the end of the chunk list.
Heap::Chunk* Heap::new_chunk()
{
    static_assert(sizeof(Chunk) <= kPageSize && sizeof(HugeBlock) == kHugeEntrySize);
    static_assert(offsetof(Chunk, map) == kPageMapOffset && kSmallRun == kSmallRunBit);
    Chunk* chunk;
    if (m_cached_chunks != nullptr) {
        chunk = m_cached_chunks;
        m_cached_chunks = chunk->next;
        --m_cached_chunks_count;
    } else {
        if (m_main_chunk != nullptr && passes_limit(kChunkSize)) {
            if (collect_garbage() != 0 && !passes_limit(kChunkSize))
                return nullptr; // pages were freed: search again
            out_of_memory(kChunkSize);
        }
        chunk = static_cast<Chunk*>(map_aligned(kChunkSize));
        if (chunk == nullptr)
            throw std::bad_alloc();
        note_real(kChunkSize);
    }
    std::memset(static_cast<void*>(chunk), 0, sizeof(Chunk));
    chunk->free_pages = kPagesPerChunk - kFirstPage;
    chunk->free_tail = kFirstPage;
    chunk->number = m_next_chunk_number++;
    chunk->set_used(0, kFirstPage, true);
    if (m_main_chunk == nullptr) {
        chunk->next = chunk->prev = chunk;
        m_main_chunk = chunk;
    } else {
        chunk->next = m_main_chunk;
        chunk->prev = m_main_chunk->prev;
        chunk->prev->next = chunk;
        m_main_chunk->prev = chunk;
    }
    ++m_chunks_count;
    return chunk;
}

// An empty chunk other than the main one leaves the list: cached while php would
// keep it (it still counts in the real size), else given back (zend_mm_delete_chunk,
// with php 8.2's rule against giving back and taking again at the same boundary).
void Heap::delete_chunk(Chunk* chunk)
{
    chunk->next->prev = chunk->prev;
    chunk->prev->next = chunk->next;
    --m_chunks_count;
    constexpr double kAverageChunks = 1.0; // one request per process
    if (m_chunks_count + m_cached_chunks_count < kAverageChunks + 0.1 ||
        (m_chunks_count == m_last_delete_boundary && m_last_delete_count >= 4)) {
        ++m_cached_chunks_count;
        chunk->next = m_cached_chunks;
        m_cached_chunks = chunk;
        return;
    }
    m_real_usage -= kChunkSize;
    if (m_cached_chunks == nullptr) {
        if (m_chunks_count != m_last_delete_boundary) {
            m_last_delete_boundary = m_chunks_count;
            m_last_delete_count = 0;
        } else {
            ++m_last_delete_count;
        }
    }
    if (m_cached_chunks == nullptr || chunk->number > m_cached_chunks->number) {
        ::munmap(chunk, kChunkSize);
    } else {
        chunk->next = m_cached_chunks->next;
        ::munmap(m_cached_chunks, kChunkSize);
        m_cached_chunks = chunk;
    }
}

// `count` consecutive pages from the first chunk that has them, best fit within a
// chunk (the smallest free run that is large enough, an exact fit at once), as
// zend_mm_alloc_pages searches.
void* Heap::allocate_pages(uint32_t count)
{
    for (;;) {
        if (m_main_chunk == nullptr)
            new_chunk();
        Chunk* chunk = m_main_chunk;
        for (;;) {
            if (chunk->free_pages >= count) {
                uint32_t best = 0;
                uint32_t best_length = UINT32_MAX;
                uint32_t n = kFirstPage;
                for (;;) {
                    uint32_t start = chunk->next_page(n, false);
                    if (start >= kPagesPerChunk)
                        break;
                    n = chunk->next_page(start, true);
                    uint32_t length = n - start;
                    if (length == count) {
                        best = start;
                        best_length = length;
                        break;
                    }
                    if (length > count && length < best_length) {
                        best = start;
                        best_length = length;
                    }
                }
                if (best != 0) {
                    chunk->free_pages -= count;
                    chunk->set_used(best, count, true);
                    chunk->map[best] = kLargeRun | count;
                    if (best + count > chunk->free_tail)
                        chunk->free_tail = best + count;
                    return chunk->page(best);
                }
            }
            if (chunk->next == m_main_chunk)
                break;
            chunk = chunk->next;
        }
        if (Chunk* fresh = new_chunk()) {
            fresh->free_pages -= count;
            fresh->set_used(kFirstPage, count, true);
            fresh->map[kFirstPage] = kLargeRun | count;
            fresh->free_tail = kFirstPage + count;
            return fresh->page(kFirstPage);
        }
        // collect_garbage() made room: search again.
    }
}

void Heap::free_pages(Chunk* chunk, uint32_t first, uint32_t count)
{
    chunk->free_pages += count;
    chunk->set_used(first, count, false);
    for (uint32_t n = first; n < first + count; ++n)
        chunk->map[n] = 0;
    if (chunk->free_tail == first + count)
        chunk->free_tail = first;
    if (chunk != m_main_chunk && chunk->free_pages == kPagesPerChunk - kFirstPage)
        delete_chunk(chunk);
}

// --- small blocks ---------------------------------------------------------------

// A run of the bin's pages carved into blocks: the first is returned, the rest
// become the bin's free list in address order (zend_mm_alloc_small_slow).
void* Heap::refill_bin(size_t bin)
{
    uint32_t pages = heap_bins::kBinPages[bin];
    char* run = static_cast<char*>(allocate_pages(pages));
    Chunk* chunk = Chunk::of(run);
    uint32_t first = Chunk::page_of(run);
    for (uint32_t n = first; n < first + pages; ++n)
        chunk->map[n] = kSmallRun | static_cast<uint32_t>(bin) | (n - first) << kRunIndexShift;
    size_t size = heap_bins::kBinSizes[bin];
    size_t count = pages * kPageSize / size;
    FreeBlock* list = nullptr;
    for (size_t i = count - 1; i >= 1; --i) {
        auto* block = reinterpret_cast<FreeBlock*>(run + i * size);
        block->next = list;
        list = block;
    }
    m_free[bin] = list;
    return run;
}

// --- large and huge blocks ------------------------------------------------------

void* Heap::allocate_large(size_t size)
{
    auto pages = static_cast<uint32_t>((size + kPageSize - 1) / kPageSize);
    void* block = allocate_pages(pages);
    note_allocated(size_t(pages) * kPageSize);
    return block;
}

void Heap::free_large(void* block)
{
    Chunk* chunk = Chunk::of(block);
    uint32_t first = Chunk::page_of(block);
    uint32_t pages = chunk->map[first] & kCountMask;
    m_usage -= size_t(pages) * kPageSize;
    note_freed();
    free_pages(chunk, first, pages);
}

void* Heap::allocate_huge(size_t size)
{
    if (size > SIZE_MAX - (kPageSize - 1)) {
        // Rounding up to whole pages would wrap around (str_repeat can ask for this).
        if (m_on_overflow != nullptr)
            m_on_overflow(size, kPageSize);
        throw std::bad_alloc();
    }
    size_t mapped = round_up(size, kPageSize);
    if (passes_limit(mapped) && (collect_garbage() == 0 || passes_limit(mapped)))
        out_of_memory(mapped);
    // The entry first: taking it may need a chunk, and so fail on the limit.
    auto* entry = static_cast<HugeBlock*>(allocate(sizeof(HugeBlock)));
    --m_live_blocks; // the entry belongs to the block
    void* block = map_aligned(mapped);
    if (block == nullptr)
        throw std::bad_alloc();
    *entry = {block, mapped, m_huge_blocks};
    m_huge_blocks = entry;
    note_real(mapped);
    note_allocated(mapped);
    return block;
}

void Heap::free_huge(void* block)
{
    HugeBlock** link = &m_huge_blocks;
    while ((*link)->block != block)
        link = &(*link)->next;
    HugeBlock* entry = *link;
    *link = entry->next;
    size_t mapped = entry->size;
    ::munmap(block, mapped);
    m_real_usage -= mapped;
    m_usage -= mapped;
    note_freed();
    ++m_live_blocks;
    deallocate(entry, sizeof(HugeBlock));
}

// A huge block resized in place as far as the figures go (php grows it with
// mremap where the address space allows, and shrinks it by unmapping the tail).
void* Heap::reallocate_huge(void* block, size_t new_size)
{
    HugeBlock* entry = m_huge_blocks;
    while (entry->block != block)
        entry = entry->next;
    size_t old_mapped = entry->size;
    size_t new_mapped = round_up(new_size, kPageSize);
    if (new_mapped == old_mapped)
        return block;
    if (new_mapped < old_mapped) {
        ::munmap(static_cast<char*>(block) + new_mapped, old_mapped - new_mapped);
        m_real_usage -= old_mapped - new_mapped;
        m_usage -= old_mapped - new_mapped;
        entry->size = new_mapped;
        return block;
    }
    size_t growth = new_mapped - old_mapped;
    if (passes_limit(growth) && (collect_garbage() == 0 || passes_limit(growth)))
        out_of_memory(new_mapped);
    void* grown = ::mremap(block, old_mapped, new_mapped, 0);
    if (grown == MAP_FAILED) {
        grown = map_aligned(new_mapped);
        if (grown == nullptr)
            throw std::bad_alloc();
        std::memcpy(grown, block, old_mapped);
        ::munmap(block, old_mapped);
    }
    entry->block = grown;
    entry->size = new_mapped;
    note_real(growth);
    m_usage += growth;
    if (m_usage > m_peak)
        m_peak = m_usage;
    return grown;
}

// --- entry points ---------------------------------------------------------------

void* Heap::allocate_slow(size_t size)
{
    if (size == 0)
        size = 1;
    if (size <= kMaxSmallSize) {
        size_t bin = bin_index(size);
        note_allocated(heap_bins::kBinSizes[bin]);
        if (FreeBlock* block = m_free[bin]) {
            m_free[bin] = block->next;
            return block;
        }
        return refill_bin(bin);
    }
    if (size <= kMaxLargeSize)
        return allocate_large(size);
    return allocate_huge(size);
}

void Heap::deallocate_slow(void* block, size_t size)
{
    if (block == nullptr)
        return;
    if (size <= kMaxSmallSize)
        free_small(block, bin_index(size == 0 ? 1 : size));
    else
        free(block); // large or huge: the address says which
}

// A large or huge block (or null), for free().
void Heap::free_slow(void* block)
{
    if (block == nullptr)
        return;
    if ((reinterpret_cast<uintptr_t>(block) & (kChunkSize - 1)) == 0) {
        free_huge(block);
        return;
    }
    uint32_t info = Chunk::of(block)->map[Chunk::page_of(block)];
    if (info & kSmallRun)
        free_small(block, info & kBinMask);
    else
        free_large(block);
}

size_t Heap::block_size(const void* block) const
{
    if ((reinterpret_cast<uintptr_t>(block) & (kChunkSize - 1)) == 0) {
        for (HugeBlock* h = m_huge_blocks; h != nullptr; h = h->next)
            if (h->block == block)
                return h->size;
        return 0;
    }
    uint32_t info = Chunk::of(block)->map[Chunk::page_of(block)];
    if (info & kSmallRun)
        return heap_bins::kBinSizes[info & kBinMask];
    return size_t(info & kCountMask) * kPageSize;
}

// A new block of `new_size` holding the start of the old one, which is freed; the
// peak is left as if the two had not coexisted (zend_mm_realloc_slow).
void* Heap::move_block(void* block, size_t old_size, size_t new_size)
{
    size_t peak = m_peak;
    void* moved = allocate(new_size);
    std::memcpy(moved, block, old_size < new_size ? old_size : new_size);
    free(block);
    m_peak = peak > m_usage ? peak : m_usage;
    return moved;
}

void* Heap::reallocate_slow(void* block, size_t old_size, size_t new_size)
{
    if (block == nullptr)
        return allocate(new_size);
    if (new_size == 0)
        new_size = 1;
    size_t old_block = block_size(block);
    if (new_size <= kMaxSmallSize) {
        if (old_block <= kMaxSmallSize && new_size <= old_block) {
            size_t bin = bin_index(old_block);
            if (bin == 0 || new_size >= heap_bins::kBinSizes[bin - 1])
                return block; // fits, and the bin below would not hold it
        }
        return move_block(block, old_block, new_size);
    }
    if (new_size <= kMaxLargeSize && old_block > kMaxSmallSize && old_block <= kMaxLargeSize &&
        (reinterpret_cast<uintptr_t>(block) & (kChunkSize - 1)) != 0) {
        Chunk* chunk = Chunk::of(block);
        uint32_t first = Chunk::page_of(block);
        auto old_pages = static_cast<uint32_t>(old_block / kPageSize);
        auto new_pages = static_cast<uint32_t>((new_size + kPageSize - 1) / kPageSize);
        if (new_pages == old_pages)
            return block;
        if (new_pages < old_pages) {
            // Give back the tail pages.
            uint32_t rest = old_pages - new_pages;
            m_usage -= size_t(rest) * kPageSize;
            chunk->map[first] = kLargeRun | new_pages;
            chunk->free_pages += rest;
            chunk->set_used(first + new_pages, rest, false);
            return block;
        }
        if (first + new_pages <= kPagesPerChunk && chunk->range_free(first + old_pages, new_pages - old_pages)) {
            // Take the free pages that follow.
            uint32_t more = new_pages - old_pages;
            m_usage += size_t(more) * kPageSize;
            if (m_usage > m_peak)
                m_peak = m_usage;
            chunk->free_pages -= more;
            chunk->set_used(first + old_pages, more, true);
            chunk->map[first] = kLargeRun | new_pages;
            if (first + new_pages > chunk->free_tail)
                chunk->free_tail = first + new_pages;
            return block;
        }
        return move_block(block, old_block, new_size);
    }
    if (new_size > kMaxLargeSize && (reinterpret_cast<uintptr_t>(block) & (kChunkSize - 1)) == 0) {
        if (new_size > SIZE_MAX - (kPageSize - 1)) {
            if (m_on_overflow != nullptr)
                m_on_overflow(new_size, kPageSize);
            throw std::bad_alloc();
        }
        return reallocate_huge(block, new_size);
    }
    (void)old_size;
    return move_block(block, old_block, new_size);
}

void Heap::check_allocation(size_t size)
{
    if (m_on_out_of_memory == nullptr || m_overflow)
        return;
    if (size > kMaxLargeSize) {
        size_t mapped = size > SIZE_MAX - (kPageSize - 1) ? SIZE_MAX : round_up(size, kPageSize);
        if (passes_limit(mapped))
            out_of_memory(mapped);
        return;
    }
    if (size <= kMaxSmallSize && m_free[bin_index(size == 0 ? 1 : size)] != nullptr)
        return;
    size_t pages = size <= kMaxSmallSize ? heap_bins::kBinPages[bin_index(size == 0 ? 1 : size)]
                                         : (size + kPageSize - 1) / kPageSize;
    if (m_main_chunk != nullptr) {
        Chunk* chunk = m_main_chunk;
        do {
            uint32_t run = 0;
            for (uint32_t n = kFirstPage; n < kPagesPerChunk; ++n) {
                run = chunk->is_used(n) ? 0 : run + 1;
                if (run >= pages)
                    return;
            }
            chunk = chunk->next;
        } while (chunk != m_main_chunk);
    }
    if (m_cached_chunks == nullptr && passes_limit(kChunkSize))
        out_of_memory(kChunkSize);
}

// zend_mm_gc: count the free blocks of every small run; a run whose blocks are all
// free leaves its bin's free list and its pages are given back (an empty chunk then
// goes as free_pages lets it).
size_t Heap::collect_garbage()
{
    if (m_main_chunk == nullptr)
        return 0;
    size_t released = 0;
    std::vector<std::pair<Chunk*, uint32_t>> empty_runs;
    for (size_t bin = 0; bin < heap_bins::kBinCount; ++bin) {
        if (m_free[bin] == nullptr)
            continue;
        uint32_t pages = heap_bins::kBinPages[bin];
        size_t per_run = pages * kPageSize / heap_bins::kBinSizes[bin];
        std::unordered_map<char*, size_t> free_counts;
        auto run_of = [](void* block) {
            Chunk* chunk = Chunk::of(block);
            uint32_t page = Chunk::page_of(block);
            return chunk->page(page - ((chunk->map[page] >> kRunIndexShift) & kCountMask));
        };
        for (FreeBlock* b = m_free[bin]; b != nullptr; b = b->next)
            ++free_counts[run_of(b)];
        FreeBlock** link = &m_free[bin];
        while (*link != nullptr) {
            if (free_counts[run_of(*link)] == per_run)
                *link = (*link)->next;
            else
                link = &(*link)->next;
        }
        for (auto& [run, count] : free_counts) {
            if (count == per_run) {
                empty_runs.emplace_back(Chunk::of(run), Chunk::page_of(run));
                released += size_t(pages) * kPageSize;
            }
        }
    }
    for (auto [chunk, first] : empty_runs) {
        uint32_t bin = chunk->map[first] & kBinMask;
        free_pages(chunk, first, heap_bins::kBinPages[bin]);
    }
    return released;
}

} // namespace miniphp::gc

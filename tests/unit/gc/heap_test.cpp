#include "gc/heap.h"

#include <gtest/gtest.h>

using miniphp::gc::Heap;

TEST(Heap, ChargesZendBinSizes)
{
    EXPECT_EQ(Heap::charged_size(1), 8u);
    EXPECT_EQ(Heap::charged_size(8), 8u);
    EXPECT_EQ(Heap::charged_size(9), 16u);
    EXPECT_EQ(Heap::charged_size(57), 64u);
    EXPECT_EQ(Heap::charged_size(65), 80u);
    EXPECT_EQ(Heap::charged_size(3072), 3072u);
    EXPECT_EQ(Heap::charged_size(3073), 4096u);
    EXPECT_EQ(Heap::charged_size(3 * 1024 * 1024), 3u * 1024 * 1024 + 24);
}

TEST(Heap, ReusesFreedBlocksOfTheSameBin)
{
    Heap heap;
    void* a = heap.allocate(40);
    heap.deallocate(a, 40);
    void* b = heap.allocate(33);
    EXPECT_EQ(a, b);
    heap.deallocate(b, 33);
    EXPECT_EQ(heap.usage(), 0u);
    EXPECT_EQ(heap.live_blocks(), 0u);
}

TEST(Heap, TracksUsageAndPeak)
{
    Heap heap;
    void* a = heap.allocate(100); // 112 bin
    void* b = heap.allocate(5000); // two pages
    EXPECT_EQ(heap.usage(), 112u + 8192u);
    heap.deallocate(b, 5000);
    EXPECT_EQ(heap.usage(), 112u);
    EXPECT_EQ(heap.peak_usage(), 112u + 8192u);
    heap.deallocate(a, 100);
}

namespace {
bool g_out_of_memory = false;
[[noreturn]] void on_out_of_memory(size_t, size_t)
{
    g_out_of_memory = true;
    throw std::runtime_error("limit");
}
} // namespace

// memory_limit is checked as php 8.2 checks it: only when a new chunk or a huge
// block would be taken from the system, against the chunks and huge blocks held.
TEST(Heap, CallsTheHandlerWhenANewChunkWouldPassTheLimit)
{
    Heap heap;
    heap.set_limit(Heap::kChunkSize);
    heap.set_out_of_memory_handler(on_out_of_memory);
    void* a = heap.allocate(100); // the main chunk
    EXPECT_EQ(heap.real_usage(), Heap::kChunkSize);
    void* b = heap.allocate(1024 * 1024); // fits in the main chunk: no check
    g_out_of_memory = false;
    EXPECT_THROW(heap.allocate(1024 * 1024), std::runtime_error); // needs a second chunk
    EXPECT_TRUE(g_out_of_memory);
    g_out_of_memory = false;
    EXPECT_THROW(heap.allocate(3 * 1024 * 1024), std::runtime_error); // a huge block
    EXPECT_TRUE(g_out_of_memory);
    heap.deallocate(b, 1024 * 1024);
    heap.deallocate(a, 100);
    EXPECT_EQ(heap.usage(), 0u);
}

// Chunks and huge blocks make the real size; an emptied second chunk stays cached
// (and counted) as php keeps one.
TEST(Heap, RealUsageCountsChunksAndHugeBlocks)
{
    Heap heap;
    void* a = heap.allocate(2 * 1024 * 1024 - 8192);
    void* b = heap.allocate(8192); // does not fit beside a: a second chunk
    EXPECT_EQ(heap.real_usage(), 2 * Heap::kChunkSize);
    void* c = heap.allocate(3 * 1024 * 1024);
    EXPECT_EQ(heap.real_usage(), 2 * Heap::kChunkSize + 3 * 1024 * 1024);
    EXPECT_EQ(heap.block_size(c), 3u * 1024 * 1024);
    heap.free(c);
    heap.free(b);
    EXPECT_EQ(heap.real_usage(), 2 * Heap::kChunkSize);
    EXPECT_EQ(heap.real_peak_usage(), 2 * Heap::kChunkSize + 3 * 1024 * 1024);
    heap.free(a);
    EXPECT_EQ(heap.usage(), 0u);
}

// A run of small blocks goes back to the pages only through collect_garbage().
TEST(Heap, CollectGarbageGivesBackEmptyRuns)
{
    Heap heap;
    void* blocks[200];
    for (auto& b : blocks)
        b = heap.allocate(40); // 102 per page: two runs
    for (auto& b : blocks)
        heap.free(b);
    EXPECT_EQ(heap.collect_garbage(), 2 * Heap::kPageSize);
    EXPECT_EQ(heap.collect_garbage(), 0u);
    void* again = heap.allocate(40);
    heap.free(again);
}

TEST(Heap, ReallocateStaysInPlaceWithinABin)
{
    Heap heap;
    void* a = heap.allocate(33); // 40 bin
    EXPECT_EQ(heap.reallocate(a, 33, 40), a);
    void* b = heap.reallocate(a, 40, 41); // moves to the 48 bin
    EXPECT_EQ(heap.usage(), 48u);
    void* c = heap.reallocate(b, 41, 10000); // to a large block
    EXPECT_EQ(heap.usage(), 12288u);
    void* d = heap.reallocate(c, 10000, 20000); // large to large
    EXPECT_EQ(heap.usage(), 20480u);
    heap.deallocate(d, 20000);
    EXPECT_EQ(heap.usage(), 0u);
    EXPECT_EQ(heap.live_blocks(), 0u);
}

// The inline fast paths of reallocate: a small block that stays in its bin and a
// large block that keeps its page count are returned as they are, with the charge
// unchanged; crossing a bin or a page boundary takes the slow path and recharges.
TEST(Heap, ReallocateKeepsALargeBlockWithinItsPages)
{
    Heap heap;
    void* a = heap.allocate(5000); // two pages
    EXPECT_EQ(heap.reallocate(a, 5000, 8192), a);
    EXPECT_EQ(heap.usage(), 8192u);
    EXPECT_EQ(heap.reallocate(a, 8192, 4097), a); // shrinking within the pages too
    EXPECT_EQ(heap.usage(), 8192u);
    void* b = heap.reallocate(a, 4097, 8193); // a third page
    EXPECT_EQ(heap.usage(), 12288u);
    EXPECT_EQ(heap.peak_usage(), 12288u);
    // Huge blocks (above 2 MiB - 4 KiB) keep their bookkeeping surcharge.
    constexpr size_t kThreeMiB = 3 * 1024 * 1024;
    void* c = heap.reallocate(b, 8193, kThreeMiB - 4000);
    EXPECT_EQ(heap.usage(), kThreeMiB + 24);
    EXPECT_EQ(heap.reallocate(c, kThreeMiB - 4000, kThreeMiB), c);
    EXPECT_EQ(heap.usage(), kThreeMiB + 24);
    void* d = heap.reallocate(c, kThreeMiB, kThreeMiB + 1);
    EXPECT_EQ(heap.usage(), kThreeMiB + 4096 + 24);
    heap.deallocate(d, kThreeMiB + 1);
    EXPECT_EQ(heap.usage(), 0u);
    EXPECT_EQ(heap.live_blocks(), 0u);
}

// Growth one small step at a time, as `$s .= $i` does, through every bin and many
// pages: after each step the charge is that of a fresh block of the new size.
TEST(Heap, ReallocateStepByStepChargesLikeAFreshBlock)
{
    Heap heap;
    size_t size = 1;
    void* block = heap.allocate(size);
    while (size < 300000) {
        size_t next = size + 1 + size % 13;
        block = heap.reallocate(block, size, next);
        size = next;
        ASSERT_EQ(heap.usage(), Heap::charged_size(size)) << "size " << size;
        ASSERT_EQ(heap.live_blocks(), 1u);
        static_cast<char*>(block)[size - 1] = 'x'; // the block really is that large
    }
    heap.deallocate(block, size);
    EXPECT_EQ(heap.usage(), 0u);
}

// Growing a large block into the pages after it never checks memory_limit (they are
// in a chunk already held); growing into a huge block does.
TEST(Heap, ReallocateWithinTheChunkNeverHitsTheLimit)
{
    Heap heap;
    heap.set_out_of_memory_handler(on_out_of_memory);
    void* a = heap.allocate(5000);
    heap.set_limit(Heap::kChunkSize);
    EXPECT_EQ(heap.reallocate(a, 5000, 8000), a);
    EXPECT_EQ(heap.reallocate(a, 8000, 1024 * 1024), a);
    g_out_of_memory = false;
    EXPECT_THROW(heap.reallocate(a, 1024 * 1024, 3 * 1024 * 1024), std::runtime_error);
    EXPECT_TRUE(g_out_of_memory);
    heap.deallocate(a, 1024 * 1024);
}

// Blocks freed and resized by address alone (strings): the block's size comes from
// its page, and a small block is resized in place while the new size fits its bin
// and would not fit the bin below (zend_mm_realloc_heap's truncation rule).
TEST(Heap, ResizesAndFreesByAddress)
{
    Heap heap;
    void* a = heap.allocate(300); // 320 bin
    EXPECT_EQ(heap.block_size(a), 320u);
    EXPECT_EQ(heap.reallocate(a, size_t{260}), a); // 256 < 260 <= 320: in place
    void* b = heap.reallocate(a, size_t{40});       // below 256: moved down
    EXPECT_NE(b, a);
    EXPECT_EQ(heap.block_size(b), 40u);
    void* c = heap.reallocate(b, size_t{5000});     // to two pages
    EXPECT_EQ(heap.block_size(c), 8192u);
    EXPECT_EQ(heap.reallocate(c, size_t{8000}), c);
    void* d = heap.reallocate(c, size_t{3 * 1024 * 1024}); // huge
    EXPECT_EQ(heap.block_size(d), 3u * 1024 * 1024);
    heap.free(d);
    EXPECT_EQ(heap.usage(), 0u);
    EXPECT_EQ(heap.live_blocks(), 0u);
}

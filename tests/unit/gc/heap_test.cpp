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

TEST(Heap, CallsTheHandlerPastTheLimit)
{
    Heap heap;
    heap.set_limit(1000);
    heap.set_out_of_memory_handler(on_out_of_memory);
    void* a = heap.allocate(512);
    EXPECT_THROW(heap.allocate(600), std::runtime_error);
    EXPECT_TRUE(g_out_of_memory);
    heap.deallocate(a, 512);
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

#include "vm/vm_stack.h"

#include <gtest/gtest.h>

#include "gc/heap.h"

using miniphp::vm::Frame;
using miniphp::vm::VmStack;

TEST(VmStack, FramesStartWithUndefSlots)
{
    VmStack stack;
    Frame* frame = stack.push(4);
    ASSERT_EQ(frame->num_slots, 4u);
    for (uint32_t i = 0; i < 4; ++i)
        EXPECT_TRUE(frame->slots()[i].is_undef());
    stack.pop(frame);
}

TEST(VmStack, FramesNeverMoveAcrossPages)
{
    VmStack stack;
    std::vector<Frame*> frames;
    // Enough frames to need several 256 KiB pages.
    for (int i = 0; i < 3000; ++i) {
        Frame* frame = stack.push(10);
        frame->num_args = static_cast<uint32_t>(i);
        frames.push_back(frame);
    }
    for (int i = 0; i < 3000; ++i)
        EXPECT_EQ(frames[static_cast<size_t>(i)]->num_args, static_cast<uint32_t>(i));
    for (auto it = frames.rbegin(); it != frames.rend(); ++it)
        stack.pop(*it);
}

TEST(VmStack, PagesComeFromTheHeapAndGoBack)
{
    size_t before = miniphp::gc::heap().usage();
    {
        VmStack stack;
        std::vector<Frame*> frames;
        for (int i = 0; i < 3000; ++i)
            frames.push_back(stack.push(10));
        EXPECT_GT(miniphp::gc::heap().usage(), before + VmStack::kPageSize);
        for (auto it = frames.rbegin(); it != frames.rend(); ++it)
            stack.pop(*it);
    }
    EXPECT_EQ(miniphp::gc::heap().usage(), before);
}

TEST(VmStack, AFrameLargerThanAPageGetsAPageOfItsOwn)
{
    VmStack stack;
    Frame* small = stack.push(1);
    Frame* huge = stack.push(20000);
    EXPECT_EQ(huge->num_slots, 20000u);
    EXPECT_TRUE(huge->slots()[19999].is_undef());
    stack.pop(huge);
    Frame* again = stack.push(1);
    EXPECT_EQ(reinterpret_cast<char*>(again), reinterpret_cast<char*>(small) + sizeof(Frame) + 16);
    stack.pop(again);
    stack.pop(small);
}

// Regression: a recursion crossing a page boundary freed and allocated a page at
// every crossing (madvise calls, ~10% of the time of a recursive program). The
// page is now kept as a spare, yet counted as freed.
TEST(VmStack, APageGivenBackIsKeptButCountsAsFreed)
{
    size_t before = miniphp::gc::heap().usage();
    VmStack stack;
    // Push until a frame lands on a second page (it does not follow its predecessor).
    const size_t frame_bytes = sizeof(Frame) + 10 * sizeof(miniphp::runtime::Value);
    std::vector<Frame*> frames{stack.push(10)};
    do
        frames.push_back(stack.push(10));
    while (reinterpret_cast<char*>(frames.back()) == reinterpret_cast<char*>(frames[frames.size() - 2]) + frame_bytes);
    ASSERT_LT(frames.size(), VmStack::kPageSize / frame_bytes + 2);
    size_t with_two_pages = miniphp::gc::heap().usage();
    Frame* last = frames.back();
    frames.pop_back();
    stack.pop(last);
    EXPECT_LT(miniphp::gc::heap().usage(), with_two_pages);
    size_t live = miniphp::gc::heap().live_blocks();
    Frame* again = stack.push(10);
    EXPECT_EQ(again, last); // the same memory again
    EXPECT_TRUE(again->slots()[9].is_undef());
    EXPECT_EQ(miniphp::gc::heap().usage(), with_two_pages);
    EXPECT_EQ(miniphp::gc::heap().live_blocks(), live + 1);
    stack.pop(again);
    for (auto it = frames.rbegin(); it != frames.rend(); ++it)
        stack.pop(*it);
    EXPECT_GE(miniphp::gc::heap().usage(), before);
}

// Regression: a popped frame's header pointers stayed above the top, where a later,
// longer frame's uncleared slots lie over them and read as refcounted values (a
// crash when an error unwound such a frame).
TEST(VmStack, APoppedFrameLeavesNoRefcountedValueBehind)
{
    VmStack stack;
    Frame* below = stack.push(0);
    Frame* above = stack.push(0);
    // Pointers whose bit 8 is set, where a Value keeps its refcounted flag.
    auto* pointer = reinterpret_cast<Frame*>(uintptr_t(0x7fff'ffff'fff0));
    above->function = reinterpret_cast<const miniphp::vm::Function*>(pointer);
    above->caller = pointer;
    above->enclosing_pending = pointer;
    above->num_args = 0xffff'ffff;
    above->num_slots = 0xffff'ffff;
    stack.pop(above);
    stack.pop(below);
    // A frame in their place whose slots 0-3 lie over the popped header.
    Frame* longer = stack.push_uncleared(sizeof(Frame) + 8 * sizeof(miniphp::runtime::Value));
    ASSERT_EQ(longer, below);
    ASSERT_EQ(reinterpret_cast<void*>(longer->slots()), reinterpret_cast<void*>(above));
    for (int i = 0; i < 8; ++i)
        EXPECT_FALSE(longer->slots()[i].is_refcounted()) << "slot " << i;
    stack.pop(longer);
}

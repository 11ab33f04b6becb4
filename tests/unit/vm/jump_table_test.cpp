// JumpTable: the case tables of SwitchLong/SwitchString.
#include "vm/jump_table.h"

#include <gtest/gtest.h>

#include "runtime/string.h"

using miniphp::vm::JumpTable;

TEST(JumpTable, IntsCloseTogetherFindTheirCaseOrTheDefault)
{
    JumpTable table;
    table.add(int64_t{1}, 10);
    table.add(int64_t{2}, 20);
    table.add(int64_t{5}, 50);
    table.set_default(99);
    table.finish();
    EXPECT_EQ(table.find(int64_t{1}), 10u);
    EXPECT_EQ(table.find(int64_t{2}), 20u);
    EXPECT_EQ(table.find(int64_t{5}), 50u);
    EXPECT_EQ(table.find(int64_t{3}), 99u); // a hole
    EXPECT_EQ(table.find(int64_t{0}), 99u);
    EXPECT_EQ(table.find(int64_t{6}), 99u);
    EXPECT_EQ(table.find(INT64_MIN), 99u);
    EXPECT_EQ(table.find(INT64_MAX), 99u);
}

TEST(JumpTable, IntsFarApartStillFindTheirCase)
{
    JumpTable table;
    table.add(INT64_MIN, 1);
    table.add(int64_t{0}, 2);
    table.add(INT64_MAX, 3);
    table.add(int64_t{-7}, 4);
    table.set_default(0);
    table.finish();
    EXPECT_EQ(table.find(INT64_MIN), 1u);
    EXPECT_EQ(table.find(int64_t{0}), 2u);
    EXPECT_EQ(table.find(INT64_MAX), 3u);
    EXPECT_EQ(table.find(int64_t{-7}), 4u);
    EXPECT_EQ(table.find(int64_t{1}), 0u);
}

TEST(JumpTable, TheFirstCaseOfAValueWins)
{
    JumpTable table;
    table.add(int64_t{1}, 10);
    table.add(int64_t{1}, 11);
    table.add(std::string_view("a"), 20);
    table.add(std::string_view("a"), 21);
    table.finish();
    EXPECT_EQ(table.find(int64_t{1}), 10u);
    miniphp::runtime::String* a = miniphp::runtime::String::create("a");
    EXPECT_EQ(table.find(a), 20u);
    miniphp::runtime::String::destroy(a);
}

TEST(JumpTable, StringsMatchByContentNotByIdentity)
{
    JumpTable table;
    const char* words[] = {"alpha", "beta", "gamma", "delta", "", "Alpha", "alpha "};
    for (uint32_t i = 0; i < 7; ++i)
        table.add(std::string_view(words[i]), i + 1);
    table.set_default(100);
    table.finish();
    for (uint32_t i = 0; i < 7; ++i) {
        miniphp::runtime::String* s = miniphp::runtime::String::create(words[i]);
        EXPECT_EQ(table.find(s), i + 1) << words[i];
        miniphp::runtime::String::destroy(s);
    }
    miniphp::runtime::String* other = miniphp::runtime::String::create("epsilon");
    EXPECT_EQ(table.find(other), 100u);
    miniphp::runtime::String::destroy(other);
}

TEST(JumpTable, RemapRenumbersCasesAndDefault)
{
    JumpTable table;
    table.add(int64_t{1}, 2);
    table.add(std::string_view("x"), 3);
    table.set_default(4);
    table.remap({0, 1, 1, 2, 3});
    table.finish();
    EXPECT_EQ(table.find(int64_t{1}), 1u);
    EXPECT_EQ(table.find(int64_t{9}), 3u);
}

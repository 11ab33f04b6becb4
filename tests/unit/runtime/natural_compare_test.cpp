// natural_compare against what php's strnatcmp and strnatcasecmp return for the
// same pairs (checked with php -n).
#include "runtime/natural_compare.h"

#include <gtest/gtest.h>

namespace miniphp::runtime {
namespace {

struct Pair {
    const char* a;
    const char* b;
    int exact;
    int folded;
};

TEST(NaturalCompare, AgreesWithPhp)
{
    const Pair pairs[] = {
        {"img12", "img10", 1, 1},  {"img2", "img10", -1, -1}, {"a01", "a1", -1, -1},
        {"001", "1", 0, 0},        {"0.5", "0.25", -1, -1},   {"x 1", "x1", 0, 0},
        {"abc", "ABC", 1, 0},      {"", "", 0, 0},            {"", "a", -1, -1},
        {"a", "", 1, 1},           {"  9", "10", -1, -1},     {"1.010", "1.01", 1, 1},
        {"a2b", "a2c", -1, -1},    {"A", "a", -1, 0},
    };
    for (const Pair& p : pairs) {
        EXPECT_EQ(natural_compare(p.a, p.b, false), p.exact) << p.a << " vs " << p.b;
        EXPECT_EQ(natural_compare(p.a, p.b, true), p.folded) << p.a << " vs " << p.b << " folded";
    }
}

} // namespace
} // namespace miniphp::runtime

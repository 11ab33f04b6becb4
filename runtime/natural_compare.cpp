#include "runtime/natural_compare.h"

#include <cctype>
#include <cstddef>

namespace miniphp::runtime {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// A cursor over one side; reading past the end gives NUL, as php reads the
// terminating byte of its strings.
struct Cursor {
    std::string_view text;
    size_t at = 0;

    char get() const { return at < text.size() ? text[at] : '\0'; }
    bool at_end() const { return at >= text.size(); }
    bool on_digit() const { return !at_end() && is_digit(text[at]); }
};

// Two runs of digits. Aligned on the right (integers), the longer run is the larger
// number and for equal lengths the first differing digit decides. Aligned on the
// left (a run starting with 0, a fraction), the first differing digit decides at
// once. Either way a run that ends first is smaller.
// When one side (or both) has run out: the shorter sorts first.
int end_order(const Cursor& a, const Cursor& b)
{
    if (a.at_end() && b.at_end())
        return 0;
    return a.at_end() ? -1 : 1;
}

int compare_digit_runs(Cursor& a, Cursor& b, bool aligned_left)
{
    int bias = 0;
    for (;; ++a.at, ++b.at) {
        bool a_digit = a.on_digit();
        bool b_digit = b.on_digit();
        if (!a_digit && !b_digit)
            return bias;
        if (!a_digit)
            return -1;
        if (!b_digit)
            return 1;
        if (bias == 0 && a.get() != b.get()) {
            bias = a.get() < b.get() ? -1 : 1;
            if (aligned_left)
                return bias;
        }
    }
}

void skip_leading_zeros(Cursor& c)
{
    while (c.get() == '0' && c.at + 1 < c.text.size() && is_digit(c.text[c.at + 1]))
        ++c.at;
}

void skip_spaces(Cursor& c)
{
    while (is_space(c.get()))
        ++c.at;
}

} // namespace

int natural_compare(std::string_view left, std::string_view right, bool fold_case)
{
    if (left.empty() || right.empty())
        return left.size() == right.size() ? 0 : (left.size() > right.size() ? 1 : -1);
    Cursor a{left};
    Cursor b{right};
    skip_leading_zeros(a);
    skip_leading_zeros(b);
    while (true) {
        skip_spaces(a);
        skip_spaces(b);
        if (a.on_digit() && b.on_digit()) {
            int order = compare_digit_runs(a, b, a.get() == '0' || b.get() == '0');
            if (order != 0)
                return order;
            if (a.at_end() || b.at_end())
                return end_order(a, b);
        }
        auto ca = static_cast<unsigned char>(a.get());
        auto cb = static_cast<unsigned char>(b.get());
        if (fold_case) {
            ca = static_cast<unsigned char>(std::toupper(ca));
            cb = static_cast<unsigned char>(std::toupper(cb));
        }
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++a.at;
        ++b.at;
        if (a.at_end() || b.at_end())
            return end_order(a, b);
    }
}

} // namespace miniphp::runtime

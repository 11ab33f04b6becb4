#include "tests/phpt/line_diff.h"

#include "tests/phpt/expectf.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace miniphp::phpt {

namespace {

std::vector<std::string_view> split_lines(std::string_view text)
{
    std::vector<std::string_view> lines;
    if (text.empty())
        return lines;
    size_t pos = 0;
    for (;;) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) {
            lines.push_back(text.substr(pos));
            break;
        }
        lines.push_back(text.substr(pos, nl - pos));
        pos = nl + 1;
    }
    return lines;
}

enum class Op { Same, Removed, Added };

struct Edit {
    Op op;
    size_t expected_line; // index into expected (Same, Removed)
    size_t actual_line;   // index into actual (Same, Added)
};

// Tables beyond this many cells are not worth the memory; such outputs are compared
// line by line at equal indices instead.
constexpr size_t kMaxTableCells = 4'000'000;
constexpr size_t kMaxDiffLines = 5000;

} // namespace

std::string escape_control(std::string_view line)
{
    std::string out;
    for (unsigned char c : line) {
        if (c == '\r') {
            out += "\\r";
        } else if (c == '\0') {
            out += "\\0";
        } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string render_diff(ExpectKind kind, std::string_view expected, std::string_view actual,
                        std::string_view expected_label, std::string_view actual_label,
                        std::string_view indent, size_t max_changed_lines)
{
    std::vector<std::string_view> want = split_lines(expected);
    std::vector<std::string_view> got = split_lines(actual);
    // A runaway output can have millions of lines; the first few thousand are plenty
    // to show where it went wrong.
    bool truncated = want.size() > kMaxDiffLines || got.size() > kMaxDiffLines;
    if (want.size() > kMaxDiffLines)
        want.resize(kMaxDiffLines);
    if (got.size() > kMaxDiffLines)
        got.resize(kMaxDiffLines);
    const size_t n = want.size();
    const size_t m = got.size();

    // One compiled pattern per expected line, built once.
    std::vector<std::optional<ExpectfPattern>> patterns(n);
    if (kind == ExpectKind::ExpectF) {
        for (size_t i = 0; i < n; ++i) {
            try {
                patterns[i].emplace(want[i]);
            } catch (const std::regex_error&) {
            }
        }
    }
    auto equal = [&](size_t i, size_t j) {
        if (kind == ExpectKind::ExpectF && patterns[i])
            return patterns[i]->matches(got[j]);
        if (kind == ExpectKind::ExpectRegex)
            return line_matches(kind, want[i], got[j]);
        return want[i] == got[j];
    };

    std::vector<Edit> edits;
    if ((n + 1) * (m + 1) <= kMaxTableCells) {
        // lcs[i][j]: length of the longest common subsequence of want[i..] and got[j..].
        std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
        auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
        std::vector<char> same(n * m, 0);
        for (size_t i = n; i-- > 0;) {
            for (size_t j = m; j-- > 0;) {
                if (equal(i, j)) {
                    same[i * m + j] = 1;
                    at(i, j) = at(i + 1, j + 1) + 1;
                } else {
                    at(i, j) = std::max(at(i + 1, j), at(i, j + 1));
                }
            }
        }
        size_t i = 0;
        size_t j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same[i * m + j]) {
                edits.push_back({Op::Same, i++, j++});
            } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
                edits.push_back({Op::Added, i, j++});
            } else {
                edits.push_back({Op::Removed, i++, j});
            }
        }
    } else {
        for (size_t k = 0; k < std::max(n, m); ++k) {
            if (k < n && k < m && equal(k, k)) {
                edits.push_back({Op::Same, k, k});
                continue;
            }
            if (k < n)
                edits.push_back({Op::Removed, k, k});
            if (k < m)
                edits.push_back({Op::Added, k, k});
        }
    }

    std::string out;
    auto line = [&](char sign, std::string_view text) {
        out += indent;
        out += sign;
        out += escape_control(text);
        out += '\n';
    };
    out += indent;
    out += "--- ";
    out += expected_label;
    out += '\n';
    out += indent;
    out += "+++ ";
    out += actual_label;
    out += '\n';

    // Print every change with one line of context on each side; a gap in between
    // becomes a "@@" marker naming the next change's line numbers.
    size_t shown = 0;
    size_t total_changed = 0;
    for (const Edit& e : edits)
        total_changed += e.op != Op::Same;
    bool last_printed = false;
    for (size_t k = 0; k < edits.size(); ++k) {
        const Edit& e = edits[k];
        bool near_change = e.op != Op::Same || (k > 0 && edits[k - 1].op != Op::Same) ||
                           (k + 1 < edits.size() && edits[k + 1].op != Op::Same);
        if (!near_change) {
            last_printed = false;
            continue;
        }
        if (e.op != Op::Same && shown == max_changed_lines)
            break;
        if (!last_printed) {
            out += indent;
            out += "@@ -" + std::to_string(e.expected_line + 1) + " +" +
                   std::to_string(e.actual_line + 1) + " @@\n";
        }
        last_printed = true;
        switch (e.op) {
        case Op::Same:
            line(' ', got[e.actual_line]);
            break;
        case Op::Removed:
            line('-', want[e.expected_line]);
            ++shown;
            break;
        case Op::Added:
            line('+', got[e.actual_line]);
            ++shown;
            break;
        }
    }
    if (total_changed > shown) {
        out += indent;
        out += "... " + std::to_string(total_changed - shown) + " more changed lines\n";
    }
    if (truncated) {
        out += indent;
        out += "(only the first " + std::to_string(kMaxDiffLines) + " lines of each side compared)\n";
    }
    if (total_changed == 0 && !truncated) {
        // Same lines under a per-line comparison, different as a whole (e.g. a
        // multi-line %a): say so rather than print an empty diff.
        out += indent;
        out += "(no line differs on its own; the text as a whole does not match)\n";
    }
    return out;
}

} // namespace miniphp::phpt

// The diff printed under a failing test: unified-style hunks of expected against
// actual lines, with one line of context and at most a fixed number of changed lines.
//
// Lines are aligned by a longest-common-subsequence table in which an EXPECTF line
// "equals" an actual line when it matches it as a one-line pattern (what
// run-tests.php's generate_diff does), so `%s` lines do not show up as changes.
// Control bytes are shown escaped (\r, \0, \x1b), since invisible differences are
// the ones a reader most needs to see.
#pragma once

#include "tests/phpt/phpt_file.h"

#include <string>
#include <string_view>

namespace miniphp::phpt {

// `expected` and `actual` are normalised outputs (see normalize_output). Each line of
// the result starts with `indent`.
std::string render_diff(ExpectKind kind, std::string_view expected, std::string_view actual,
                        std::string_view expected_label, std::string_view actual_label,
                        std::string_view indent, size_t max_changed_lines = 20);

// Makes control characters visible: "\r" -> "\\r", NUL -> "\\0", other bytes below
// 0x20 and 0x7f as "\\xNN". Tabs stay as they are.
std::string escape_control(std::string_view line);

} // namespace miniphp::phpt

// Output comparison the way php-src's run-tests.php does it (PHP 8.2), without PCRE.
//
// Both sides are normalised first: trim() (" \t\n\r\0\x0B" at both ends), then every
// "\r\n" becomes "\n". EXPECT then compares bytes. EXPECTF turns its text into a
// pattern: literal text matches itself and these placeholders match, as run-tests.php's
// strtr() table defines them:
//
//   %s [^\r\n]+      %S [^\r\n]*      %a .+ (newlines too)   %A .* (newlines too)
//   %w \s*           %i [+-]?\d+      %d \d+                 %x [0-9a-fA-F]+
//   %f [+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?       %c one byte
//   %e the directory separator "/"    %0 a NUL byte          %r...%r a raw regex
//
// One extension: `%%` matches a single literal `%`. PHP 8.2's run-tests.php has no
// escape for `%` (there `%%d` means "%" then \d+, and a literal "%d" can only be
// written as `%r[%]d%r`); PHPUnit's EXPECTF and our regen use `%%`, so a percent sign
// in php's output can always be written down.
//
// The matcher tracks the set of offsets each prefix of the pattern can end at (see
// ExpectfPattern::matches), so it runs in linear time per placeholder where a
// backtracking engine can blow up, or overflow its stack as std::regex does on long
// `.*` matches.
// %r regions and EXPECTREGEX use std::regex (ECMAScript grammar) with `.` rewritten
// to match newlines too, which emulates the /s flag run-tests.php compiles with.
#pragma once

#include "tests/phpt/phpt_file.h"

#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace miniphp::phpt {

// run-tests.php: preg_replace("/\r\n/", "\n", trim($out)).
std::string normalize_output(std::string_view raw);

class ExpectfPattern {
public:
    // Throws std::regex_error when a %r region is not a valid regex.
    explicit ExpectfPattern(std::string_view pattern);

    bool matches(std::string_view subject) const;

    // True when the pattern uses no placeholder but `%s` and `%%`: the shape tests/regen
    // writes itself (the script path as %s). Anything else was written by hand.
    bool only_regen_placeholders() const { return m_only_regen_placeholders; }

private:
    enum class Kind {
        Literal,
        Line1,   // %s
        Line0,   // %S
        Any1,    // %a
        Any0,    // %A
        Space0,  // %w
        Signed,  // %i
        Digits,  // %d
        Hex,     // %x
        Float,   // %f
        OneChar, // %c
        Regex,   // %r...%r
    };
    struct Token {
        Kind kind;
        std::string text;                  // Literal
        std::shared_ptr<std::regex> regex; // Regex
    };

    void push_literal(std::string_view text);
    void candidate_ends(size_t index, std::string_view subject, size_t pos,
                        std::vector<size_t>& ends) const;

    std::vector<Token> m_tokens;
    bool m_only_regen_placeholders = true;
};

// Compiles a PCRE-ish pattern (as used in EXPECTREGEX and %r) for std::regex,
// rewriting `.` outside brackets to `[\s\S]` (PCRE's /s) and EXPECTF placeholders
// inside it as run-tests.php's strtr() does.
std::regex compile_pcre_like(std::string_view pattern);

// Does `actual` (raw output) satisfy `expected` (raw section body) of this kind?
// Throws std::regex_error for an invalid regex.
bool expectation_matches(ExpectKind kind, std::string_view expected, std::string_view actual);

// Same, for a single line of expected text against one actual line (no trimming);
// used to align the two sides of a diff.
bool line_matches(ExpectKind kind, std::string_view expected_line, std::string_view actual_line);

} // namespace miniphp::phpt

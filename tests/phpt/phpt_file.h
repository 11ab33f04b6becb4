// A .phpt test case as php-src's run-tests.php reads it, kept byte-exact so that
// tests/regen can rewrite the expectation without disturbing anything else.
//
// The file is a sequence of sections. A section starts at a line matching
// `^--([_A-Z]+)--` (run-tests.php's own pattern, so `--FILE-- trailing` still opens
// FILE) and runs until the next such line. The first line must open TEST. Each
// Section remembers its header line verbatim and its body verbatim, so
// concatenating header + body over all sections reproduces the file exactly;
// regen edits bodies and inserts or drops whole sections, never anything else.
//
// Sections we honour: TEST, FILE, FILEEOF, EXPECT, EXPECTF, EXPECTREGEX, ARGS, INI,
// STDIN, SKIPIF, and our own EXITCODE. Any other section is kept and ignored
// (run-tests.php would reject unknown names; we tolerate them on purpose).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace miniphp::phpt {

enum class ExpectKind { Expect, ExpectF, ExpectRegex };

std::string_view expect_kind_name(ExpectKind kind);

struct Section {
    std::string name;   // "FILE", "EXPECT", ...
    std::string header; // the header line as written, newline included
    std::string body;   // every line up to the next header, verbatim
};

class PhptFile {
public:
    // Parses `text`; on failure returns nullopt and stores why in `error` (the test is
    // then reported as borked, the way run-tests.php reports BORK). tests/regen passes
    // `require_expectation = false`, since it is how a new case gets its first one.
    static std::optional<PhptFile> parse(std::string text, std::string& error,
                                         bool require_expectation = true);

    const Section* find(std::string_view name) const;
    Section* find(std::string_view name);
    bool has(std::string_view name) const { return find(name) != nullptr; }

    std::string title() const;

    // The script to run: FILE with everything after a `===DONE===` line dropped, or
    // FILEEOF with its trailing newlines removed (run-tests.php's two rules).
    std::string script() const;

    // The one expectation section (exactly one of EXPECT, EXPECTF, EXPECTREGEX).
    bool has_expectation() const { return m_has_expectation; }
    ExpectKind expect_kind() const { return m_expect_kind; }
    const std::string& expectation() const;

    // The EXITCODE section as a number, when present.
    std::optional<int> expected_exit_code() const { return m_exit_code; }

    std::vector<Section>& sections() { return m_sections; }
    const std::vector<Section>& sections() const { return m_sections; }

    // The file's bytes: all headers and bodies in order.
    std::string serialize() const;

private:
    std::vector<Section> m_sections;
    bool m_has_expectation = false;
    ExpectKind m_expect_kind = ExpectKind::Expect;
    std::optional<int> m_exit_code;
};

// Splits an ARGS section into argv words: whitespace separates, single and double
// quotes group, backslash escapes the next character outside single quotes. That is
// the part of /bin/sh that run-tests.php's command line relies on.
std::vector<std::string> split_args(std::string_view text);

} // namespace miniphp::phpt

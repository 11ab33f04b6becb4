// Contents of PHP string literals: escape sequences and heredoc indentation.
//
// The scanner finds where a literal (or a literal piece between interpolations)
// starts and ends; these functions turn its raw bytes into the string php would
// build, mirroring zend_scan_escape_string() and strip_multiline_string_indentation()
// in Zend/zend_language_scanner.l, including the line counting those functions do
// on the way (php advances its line number while converting escapes, so an error in
// the middle of a multi-line string is reported on the line of the bad escape).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/lexer.h"

namespace miniphp::lexer {

// Newlines in a literal's value as php counts them: "\n", "\r\n" and a lone "\r"
// each count once; a "\r" at the very end counts.
uint32_t count_value_newlines(std::string_view text);

// A single-quoted body: only \\ and \' are escapes.
void unescape_single_quoted(std::string_view body, std::string& out);

// A double-quoted, backquoted or heredoc body. `quote` is '"', '`', or 0 for
// heredoc (where \" stays as written). Advances `line` over the newlines it reads.
// On an invalid \u{...} escape returns php's ParseError message and leaves `line`
// at the escape; otherwise returns nullptr. "Octal escape sequence overflow"
// warnings go to `warnings` when it is not null.
const char* unescape_double_quoted(std::string_view body, char quote, uint32_t& line,
                                   std::vector<LexerMessage>* warnings, std::string& out);

// Removes `indentation` spaces or tabs from each line of a heredoc/nowdoc piece.
// `newline_at_start`: the piece starts at the beginning of a line (otherwise its first
// line follows an interpolation and keeps its text). `newline_at_end`: the piece ends
// where the newline before the closing marker was removed. On failure returns php's
// ParseError message (empty on success) and sets `lines_before_error` to the number of
// lines of the piece before the offending one.
std::string remove_heredoc_indentation(std::string_view body, uint32_t indentation,
                                      bool using_spaces, bool newline_at_start,
                                      bool newline_at_end, std::string& out,
                                      uint32_t& lines_before_error);

} // namespace miniphp::lexer

// Reading UTF-8 one character at a time as php's ext/standard/html.c does
// (php_next_utf8_char): json_encode's escaper and json_decode's scanner judge bytes
// with it, and htmlspecialchars will.
//
// Well-formed means the shortest form of a scalar value: no overlong forms, no
// surrogates (U+D800..U+DFFF), nothing above U+10FFFF. An ill-formed sequence is
// reported with the number of bytes it spans, counted as php counts them: a byte that
// could begin a sequence of its own (ASCII, or 0xC2..0xF4) ends the bad one, so the
// next call starts there (UTR #36, section 3.6.1, strategy 2).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace miniphp::runtime::builtins {

struct Utf8Char {
    uint32_t code = 0;  // the scalar value; 0 when ill-formed
    size_t length = 0;  // bytes consumed (at least 1)
    bool valid = false;
};

// The character starting at text[pos] (pos < text.size()).
Utf8Char next_utf8_char(std::string_view text, size_t pos);

// Appends `code` (at most U+10FFFF) encoded as UTF-8.
void append_utf8(std::string& out, uint32_t code);

} // namespace miniphp::runtime::builtins

// Lexer: PHP 8.2's scanner (Zend/zend_language_scanner.l) rebuilt on re2c. It turns a
// source file into the token stream php would produce, including inline HTML outside
// <?php ... ?>, heredoc/nowdoc, and the tokens of string interpolation.
//
// next() returns every token, including T_WHITESPACE, T_COMMENT, T_DOC_COMMENT and the
// open/close tags (as token_get_all() would); next_for_parser() skips those and turns
// T_CLOSE_TAG into ';' and T_OPEN_TAG_WITH_ECHO into T_ECHO, as the parser expects.
//
// Errors php reports while scanning ("Invalid numeric literal", "Unclosed '{' on
// line 2", ...) come back as a T_ERROR token with error() set; the parser turns it
// into "Parse error: <error()>". Warnings php prints while scanning ("Unterminated
// comment starting line N") are collected in warnings().
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.h"

namespace miniphp::lexer {

struct LexerMessage {
    std::string message;
    uint32_t line = 0;
};

class Lexer {
public:
    explicit Lexer(std::string_view source);
    ~Lexer();
    Lexer(const Lexer&) = delete;
    Lexer& operator=(const Lexer&) = delete;

    Token next();
    Token next_for_parser();

    // Set once a T_ERROR token was returned.
    const std::string& error() const;
    uint32_t error_line() const;
    const std::vector<LexerMessage>& warnings() const;

    // Line the scanner has reached (php reports parse errors on this line).
    uint32_t current_line() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace miniphp::lexer

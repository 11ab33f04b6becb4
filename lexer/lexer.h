// Lexer: PHP 8.2's scanner (Zend/zend_language_scanner.l) rebuilt on re2c. It turns a
// source file into the token stream php would produce, including inline HTML outside
// <?php ... ?>, heredoc/nowdoc, and the tokens of string interpolation.
//
// next() returns every token, including T_WHITESPACE, T_COMMENT, T_DOC_COMMENT and the
// open/close tags (as token_get_all() would); next_for_parser() skips those and turns
// T_CLOSE_TAG into ';' and T_OPEN_TAG_WITH_ECHO into T_ECHO, as the parser expects.
// Token::text of the translated tokens stays "?>\n" / "<?=".
//
// Errors php reports while scanning ("Invalid numeric literal", "Unclosed '{' on
// line 2", "Unterminated comment starting line 3", ...) come back as a T_ERROR token
// with error() and error_line() set; the parser turns it into "Parse error: <error()>
// in <file> on line <error_line()>". After a T_ERROR the lexer returns END.
// error_line() is 0 for the one error php reports "in [no active file] on line 0"
// (a heredoc whose body starts with an interpolation below the closing marker's
// indentation). Warnings php prints while scanning ("Octal escape sequence overflow
// \400 is greater than \377") are collected in warnings() with their line.
//
// After `__halt_compiler` and three more tokens (normally "(", ")", ";"), scanning
// stops as in php: next_for_parser() returns END and halt_offset() is the byte
// offset of the data that follows (__COMPILER_HALT_OFFSET__); next() first returns
// that data as one T_INLINE_HTML token, as token_get_all() does.
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

struct LexerOptions {
    // "<?" opens PHP code. php -n runs with short_open_tag=1, so this defaults on.
    bool short_open_tag = true;
    // Skip a "#!" first line, as php's CLI does for the script it runs (not for
    // included files). The skipped line still counts as line 1.
    bool skip_shebang = false;
    // next() behaves as token_get_all() without TOKEN_PARSE: scanning errors do not
    // stop it (no T_ERROR; php's tokens continue as its scanner continues) and
    // "(real)" is a T_DOUBLE_CAST. next_for_parser() is unaffected.
    bool tokenizer_mode = false;
};

class Lexer {
public:
    // `source` must outlive the lexer and its tokens: Token::text views point into it.
    explicit Lexer(std::string_view source);
    Lexer(std::string_view source, LexerOptions options);
    ~Lexer();
    Lexer(const Lexer&) = delete;
    Lexer& operator=(const Lexer&) = delete;

    Token next();
    Token next_for_parser();

    // Set once a T_ERROR token was returned.
    const std::string& error() const;
    uint32_t error_line() const;
    const std::vector<LexerMessage>& warnings() const;

    // Line the scanner has reached: php's CG(zend_lineno) after the last token, which
    // is the line php puts in "syntax error, unexpected ..." messages. For a token
    // spanning lines it is the token's last line; the newline eaten by "?>\n" (and the
    // one before a heredoc's closing marker) is only counted when the next token is
    // read, as in php.
    uint32_t current_line() const;

    // True once scanning stopped after __halt_compiler(); halt_offset() is then the
    // byte offset just past the token that ended it.
    bool halted() const;
    size_t halt_offset() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace miniphp::lexer

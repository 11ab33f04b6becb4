// The parser entry point: source text in, AST or php's parse error out.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/lexer.h"
#include "parser/ast.h"

namespace miniphp::parser {

struct ParseResult {
    std::unique_ptr<Ast> ast;    // set when parsing succeeded
    // On failure: the text after "Parse error: ", e.g.
    // `syntax error, unexpected token ";", expecting ")"` or `Invalid numeric literal`,
    // and the line php reports it on.
    std::string error;
    uint32_t error_line = 0;
    // A few errors php raises while parsing are compile errors, printed as
    // "Fatal error: <error>" instead ("Multiple access type modifiers are not allowed").
    bool error_is_fatal = false;
    // Warnings php prints while compiling the file (printed before running it).
    std::vector<lexer::LexerMessage> warnings;

    bool ok() const { return ast != nullptr; }
};

ParseResult parse(std::string_view source);
// The same with lexer options (the CLI's main script skips a "#!" line).
ParseResult parse(std::string_view source, const lexer::LexerOptions& options);

} // namespace miniphp::parser

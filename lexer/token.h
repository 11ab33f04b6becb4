// Token kinds and the token record the lexer hands to the parser.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace miniphp::lexer {

// Single-character tokens use their character code (below 256); end of input is 0.
enum TokenKind : int {
    END = 0,
    kFirstNamedToken = 258,
#define MINIPHP_TOKEN(name) name,
    T_FIRST_ = kFirstNamedToken - 1,
#include "lexer/tokens.def"
#undef MINIPHP_TOKEN
    kTokenKindEnd
};

// php's token_name() spelling ("T_VARIABLE", or the character itself for ';').
std::string token_name(int kind);

struct Token {
    int kind = END;
    uint32_t line = 0;     // line where the token starts
    uint32_t end_line = 0; // line where it ends (multi-line strings, comments)
    std::string_view text; // the exact source bytes of the token
    // The token's value, where it has one:
    //   T_LNUMBER: int_value; T_DNUMBER: double_value (also decimal literals that
    //   overflow int64, as php turns them into T_DNUMBER);
    //   T_VARIABLE: name without '$'; T_STRING and names: the identifier;
    //   T_CONSTANT_ENCAPSED_STRING, T_ENCAPSED_AND_WHITESPACE, T_INLINE_HTML:
    //   the string contents after escape processing;
    //   T_STRING_VARNAME, T_NUM_STRING: the name / offset text.
    std::string string_value;
    int64_t int_value = 0;
    double double_value = 0.0;
};

} // namespace miniphp::lexer

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

// php's token_name() spelling ("T_VARIABLE", "T_DOUBLE_COLON" for
// T_PAAMAYIM_NEKUDOTAYIM), or the character itself for ';'; "END" for END.
std::string token_name(int kind);

// Exactly what php's token_name() returns: "UNKNOWN" for single characters, END
// and anything php does not know (T_ERROR).
std::string_view php_token_name(int kind);

struct Token {
    int kind = END;
    uint32_t line = 0;     // line where the token starts
    uint32_t end_line = 0; // line where it ends (multi-line strings, comments)
    std::string_view text; // the exact source bytes of the token
    // The token's value, where it has one:
    //   T_LNUMBER: int_value; T_DNUMBER: double_value (also integer literals of any
    //   base that overflow int64, as php turns them into T_DNUMBER);
    //   T_VARIABLE: name without '$'; T_STRING, T_NAME_QUALIFIED: the identifier;
    //   T_NAME_FULLY_QUALIFIED: the name without the leading '\';
    //   T_NAME_RELATIVE: the name without the leading "namespace\" (php's values);
    //   T_CONSTANT_ENCAPSED_STRING, T_ENCAPSED_AND_WHITESPACE: the string contents
    //   after escape processing and heredoc indentation removal;
    //   T_INLINE_HTML: the text; T_START_HEREDOC: the label;
    //   T_STRING_VARNAME: the name; T_NUM_STRING: the offset text, and when php
    //   makes it an integer key ("$a[12]", not "$a[012]"), has_int_value and int_value.
    //   Keywords and operators have no value: use `text` (a keyword used as a name,
    //   such as a method called "list", is spelled by its text).
    std::string string_value;
    int64_t int_value = 0;
    double double_value = 0.0;
    bool has_int_value = false; // T_LNUMBER, and T_NUM_STRING offsets that are integers
};

} // namespace miniphp::lexer

#include "lexer/token.h"

namespace miniphp::lexer {

namespace {

constexpr std::string_view kNames[] = {
#define MINIPHP_TOKEN(name) #name,
#include "lexer/tokens.def"
#undef MINIPHP_TOKEN
};

} // namespace

std::string_view php_token_name(int kind)
{
    if (kind < kFirstNamedToken || kind >= kTokenKindEnd || kind == T_ERROR)
        return "UNKNOWN";
    // ext/tokenizer names this token by its English alias.
    if (kind == T_PAAMAYIM_NEKUDOTAYIM)
        return "T_DOUBLE_COLON";
    return kNames[kind - kFirstNamedToken];
}

std::string token_name(int kind)
{
    if (kind == END)
        return "END";
    if (kind > 0 && kind < 256)
        return std::string(1, static_cast<char>(kind));
    if (kind == T_ERROR)
        return "T_ERROR";
    return std::string(php_token_name(kind));
}

} // namespace miniphp::lexer

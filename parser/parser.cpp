// parse(): runs the Bison automaton of grammar.y over the lexer's tokens.
//
// Three jobs live here besides the entry point:
//   - the token adapter (yylex): lexer::TokenKind onto the grammar's token numbers,
//     building the Zval leaf a value-carrying token brings, as zend's scanner does
//     in parser mode; it also notices /** doc comments */ in the text the lexer skips;
//   - the wording of syntax errors, after zend_yytnamerr (Zend/zend_language_parser.y):
//     Bison hands over display names, we add the offending token's text;
//   - the ParseState helpers the grammar's actions call (node builders with zend's
//     line rules, modifier checks, literal folding).
#include "parser/parser.h"

#include <strings.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "parser/grammar.hpp"
#include "parser/parse_state.h"

namespace miniphp::parser {
namespace detail {

ParseState::ParseState(std::string_view source_text, const lexer::LexerOptions& options, Ast& tree)
    : lexer(source_text, options), ast(tree), source(source_text)
{
}

Node* ParseState::make(NodeKind kind, std::initializer_list<Node*> children, uint16_t attr)
{
    // zend_ast_create_N: the line of the first child present, else the scanner's.
    uint32_t node_line = line;
    for (Node* child : children) {
        if (child) {
            node_line = child->line;
            break;
        }
    }
    return ast.make(kind, node_line, std::vector<Node*>(children), attr);
}

Node* ParseState::make_list(NodeKind kind, std::initializer_list<Node*> children)
{
    // zend_ast_create_list_N: as above, but never later than the scanner's line.
    uint32_t node_line = line;
    for (Node* child : children) {
        if (child) {
            node_line = std::min(child->line, line);
            break;
        }
    }
    return ast.make(kind, node_line, std::vector<Node*>(children));
}

Node* ParseState::add(Node* list, Node* child)
{
    list->children.push_back(child);
    return list;
}

Node* ParseState::make_decl(NodeKind kind, uint32_t flags, uint32_t start_line, Node* doc_comment,
                            std::string name, std::initializer_list<Node*> children)
{
    Node* node = ast.make(kind, start_line, std::vector<Node*>(children));
    node->flags = flags;
    node->end_line = line;
    node->name = std::move(name);
    if (doc_comment) {
        node->doc_comment = doc_comment->string_value;
    }
    return node;
}

Node* ParseState::make_string(std::string value)
{
    return ast.make_string(std::move(value), line);
}

Node* ParseState::make_long(int64_t value)
{
    return ast.make_long(value, line);
}

Node* ParseState::take_doc_comment()
{
    Node* comment = m_doc_comment;
    m_doc_comment = nullptr;
    return comment;
}

bool ParseState::keyword_identifier(TokenText text, Node*& out)
{
    // zend_lex_tstring: the word is the token's leading letters; `<?=` has none.
    uint32_t length = 0;
    while (length < text.size) {
        char c = text.data[length];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
            break;
        }
        ++length;
    }
    if (length == 0) {
        parse_error("Cannot use \"<?=\" as an identifier");
        return false;
    }
    out = make_string(std::string(text.data, length));
    return true;
}

Node* ParseState::class_const_or_name(Node* class_name, Node* name)
{
    const std::string& text = name->string_value;
    if (text.size() == 5 && strncasecmp(text.c_str(), "class", 5) == 0) {
        return make(NodeKind::ClassName, {class_name});
    }
    return make(NodeKind::ClassConst, {class_name, name});
}

Node* ParseState::concat(Node* left, Node* right)
{
    // zend_ast_create_concat_op folds literal operands. Floats are left to the
    // compiler: their string form depends on the precision setting.
    auto foldable = [](const Node* node) {
        return node->kind == NodeKind::Zval && node->literal_type != LiteralType::Double;
    };
    if (foldable(left) && foldable(right)) {
        // Appends to the left leaf in place, as php extends its zval: a new node per
        // step kept every partial string alive, so 'a'.'a'.....'a' took quadratic memory.
        if (left->literal_type == LiteralType::Long) {
            left->string_value = std::to_string(left->int_value);
            left->literal_type = LiteralType::String;
        }
        if (right->literal_type == LiteralType::Long)
            left->string_value += std::to_string(right->int_value);
        else
            left->string_value += right->string_value;
        left->line = line;
        return left;
    }
    return make(NodeKind::BinaryOp, {left, right}, static_cast<uint16_t>(BinaryOpKind::Concat));
}

Node* ParseState::negate_num_string(Node* offset)
{
    if (offset->literal_type == LiteralType::Long) {
        if (offset->int_value == 0) {
            offset->literal_type = LiteralType::String;
            offset->string_value = "-0";
        } else {
            offset->int_value = -offset->int_value;
        }
    } else {
        offset->string_value.insert(0, 1, '-');
    }
    return offset;
}

uint32_t ParseState::add_class_modifier(uint32_t flags, uint32_t new_flag)
{
    // zend_add_class_modifier
    uint32_t combined = flags | new_flag;
    if ((flags & DeclAbstract) && (new_flag & DeclAbstract)) {
        fatal_error("Multiple abstract modifiers are not allowed");
        return 0;
    }
    if ((flags & DeclFinal) && (new_flag & DeclFinal)) {
        fatal_error("Multiple final modifiers are not allowed");
        return 0;
    }
    if ((flags & DeclReadonly) && (new_flag & DeclReadonly)) {
        fatal_error("Multiple readonly modifiers are not allowed");
        return 0;
    }
    if ((combined & DeclAbstract) && (combined & DeclFinal)) {
        fatal_error("Cannot use the final modifier on an abstract class");
        return 0;
    }
    return combined;
}

uint32_t ParseState::add_member_modifier(uint32_t flags, uint32_t new_flag)
{
    // zend_add_member_modifier
    constexpr uint32_t visibility = DeclPublic | DeclProtected | DeclPrivate;
    uint32_t combined = flags | new_flag;
    if ((flags & visibility) && (new_flag & visibility)) {
        fatal_error("Multiple access type modifiers are not allowed");
        return 0;
    }
    if ((flags & DeclAbstract) && (new_flag & DeclAbstract)) {
        fatal_error("Multiple abstract modifiers are not allowed");
        return 0;
    }
    if ((flags & DeclStatic) && (new_flag & DeclStatic)) {
        fatal_error("Multiple static modifiers are not allowed");
        return 0;
    }
    if ((flags & DeclFinal) && (new_flag & DeclFinal)) {
        fatal_error("Multiple final modifiers are not allowed");
        return 0;
    }
    if ((flags & DeclReadonly) && (new_flag & DeclReadonly)) {
        fatal_error("Multiple readonly modifiers are not allowed");
        return 0;
    }
    if ((combined & DeclAbstract) && (combined & DeclFinal)) {
        fatal_error("Cannot use the final modifier on an abstract class member");
        return 0;
    }
    return combined;
}

bool ParseState::check_encoding_declaration(Node* declares)
{
    // zend_handle_encoding_declaration, with zend.multibyte off (php's default).
    for (const Node* declare : declares->children) {
        const std::string& name = declare->child(0)->string_value;
        if (name.size() == 8 && strncasecmp(name.c_str(), "encoding", 8) == 0) {
            if (declare->child(1)->kind != NodeKind::Zval) {
                fatal_error("Encoding must be a literal");
                return false;
            }
            extra_warnings.push_back({"declare(encoding=...) ignored because Zend multibyte "
                                      "feature is turned off by settings",
                                      line});
        }
    }
    return true;
}

void ParseState::parse_error(std::string message)
{
    if (has_error) {
        return;
    }
    has_error = true;
    error = std::move(message);
    error_line = line;
}

void ParseState::fatal_error(std::string message)
{
    if (has_error) {
        return;
    }
    parse_error(std::move(message));
    error_is_fatal = true;
}

void ParseState::note_skipped_text(const char* begin, const char* end)
{
    // The lexer drops comments for the parser; a /** doc comment */ among them
    // becomes CG(doc_comment) for the next declaration, as zend's scanner does.
    // The skipped text holds only whitespace, comments and open tags.
    const char* p = begin;
    while (p < end) {
        if (*p == '#' || (*p == '/' && p + 1 < end && p[1] == '/')) {
            const char* newline = static_cast<const char*>(std::memchr(p, '\n', end - p));
            p = newline ? newline + 1 : end;
        } else if (*p == '/' && p + 1 < end && p[1] == '*') {
            std::string_view rest(p + 2, end - p - 2);
            size_t close = rest.find("*/");
            const char* comment_end = close == std::string_view::npos ? end : p + 2 + close + 2;
            bool is_doc = end - p >= 4 && p[2] == '*' &&
                          (p[3] == ' ' || p[3] == '\t' || p[3] == '\n' || p[3] == '\r');
            if (is_doc) {
                m_doc_comment = ast.make_string(std::string(p, comment_end), line);
            }
            p = comment_end;
        } else {
            ++p;
        }
    }
}

namespace {

int grammar_token(int kind)
{
    if (kind < lexer::kFirstNamedToken) {
        return kind; // end of input (0) or a single-character token
    }
    switch (kind) {
#define MINIPHP_TOKEN(name) \
    case lexer::name:       \
        return TOK_##name;
#include "lexer/tokens.def"
#undef MINIPHP_TOKEN
    }
    return TOK_MINIPHP_YYUNDEF;
}

bool starts_with_ci(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && strncasecmp(text.data(), prefix.data(), prefix.size()) == 0;
}

// zend_yytnamerr for the unexpected token: `name` is Bison's display name, the
// token's own text is added where the name does not say it all.
std::string describe_unexpected(std::string_view name, int kind, std::string_view text)
{
    if (kind == TOK_END) {
        return "end of file";
    }
    if (name == "'\\'") {
        return "token \"\\\"";
    }
    if (name == "amp") {
        return "token \"&\"";
    }
    if (name == "'\"'") {
        return "double-quote mark";
    }
    if (!name.empty() && name[0] == '\'') {
        return "token \"" + std::string(name.substr(1, name.size() - 2)) + "\"";
    }
    if (text.size() == 1 && name == "invalid character") {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "character 0x%02X", static_cast<unsigned char>(text[0]));
        return buffer;
    }
    // Only up to the end of the line, so that log formats survive.
    size_t newline = text.find('\n');
    if (newline != std::string_view::npos) {
        text = text.substr(0, newline);
    }
    std::string_view type = name;
    if (!text.empty() && name == "quoted string") {
        if (text[0] == '"') {
            type = "double-quoted string";
        } else if (text[0] == '\'') {
            type = "single-quoted string";
        }
    }
    if (!text.empty() && (text[0] == '\'' || text[0] == '"')) {
        text.remove_prefix(1);
    }
    if (!text.empty() && (text.back() == '\'' || text.back() == '"')) {
        text.remove_suffix(1);
    }
    if (text.size() > 30 + 3) {
        return std::string(type) + " \"" + std::string(text.substr(0, 30)) + "...\"";
    }
    return std::string(type) + " \"" + std::string(text) + "\"";
}

// zend_yytnamerr for an expected token: the name with single quotes made double.
std::string describe_expected(std::string_view name)
{
    std::string out(name);
    std::replace(out.begin(), out.end(), '\'', '"');
    return out;
}

} // namespace

void report_syntax_error(ParseState* ps, const char* unexpected, const char* const* expected,
                         int expected_count)
{
    if (ps->has_error) {
        return; // an action already raised the error php reports
    }
    if (ps->lookahead.kind == lexer::T_ERROR) {
        // The lexer's own message ("Invalid numeric literal", "Unclosed '{' on line 2")
        // is the parse error, on the line the lexer gives.
        std::string message = ps->lexer.error();
        ps->parse_error(message.empty() ? "syntax error" : message);
        if (!message.empty()) {
            ps->error_line = ps->lexer.error_line();
        }
        return;
    }
    std::string message = "syntax error, unexpected ";
    int kind = grammar_token(ps->lookahead.kind);
    message += describe_unexpected(unexpected, kind, ps->lookahead.text);
    for (int i = 0; i < expected_count; ++i) {
        message += i == 0 ? ", expecting " : " or ";
        message += describe_expected(expected[i]);
    }
    ps->parse_error(std::move(message));
}

} // namespace detail

ParseResult parse(std::string_view source)
{
    return parse(source, lexer::LexerOptions{});
}

ParseResult parse(std::string_view source, const lexer::LexerOptions& options)
{
    ParseResult result;
    auto ast = std::make_unique<Ast>();
    detail::ParseState state(source, options, *ast);
    int status = miniphp_yyparse(&state);

    result.warnings = state.lexer.warnings();
    result.warnings.insert(result.warnings.end(), state.extra_warnings.begin(),
                           state.extra_warnings.end());
    if (status == 0 && !state.has_error && ast->root) {
        result.ast = std::move(ast);
        return result;
    }
    if (!state.has_error) {
        state.parse_error("syntax error");
    }
    result.error = std::move(state.error);
    result.error_line = state.error_line;
    result.error_is_fatal = state.error_is_fatal;
    return result;
}

} // namespace miniphp::parser

using miniphp::parser::detail::ParseState;

// The token adapter Bison calls (api.pure: the value goes through `value`).
int miniphp_yylex(MINIPHP_YYSTYPE* value, ParseState* ps)
{
    namespace lex = miniphp::lexer;
    if (ps->stop_lexing) {
        // After __halt_compiler(); the rest of the file is data.
        ps->lookahead = lex::Token{};
        return TOK_END;
    }
    lex::Token token = ps->lexer.next_for_parser();
    ps->line = ps->lexer.current_line();

    const char* source_begin = ps->source.data();
    const char* source_end = source_begin + ps->source.size();
    const char* token_begin = token.text.data();
    if (token_begin && token_begin >= source_begin && token_begin <= source_end) {
        const char* gap_start = ps->gap_start ? ps->gap_start : source_begin;
        if (gap_start < token_begin) {
            ps->note_skipped_text(gap_start, token_begin);
        }
        ps->gap_start = token_begin + token.text.size();
    }

    miniphp::parser::Ast& ast = ps->ast;
    switch (token.kind) {
    case lex::T_LNUMBER:
        value->ast = ast.make_long(token.int_value, token.line);
        break;
    case lex::T_DNUMBER:
        value->ast = ast.make_double(token.double_value, token.line);
        break;
    case lex::T_NAME_FULLY_QUALIFIED: {
        // zend keeps the name without its leading backslash.
        std::string name = token.string_value;
        if (!name.empty() && name[0] == '\\') {
            name.erase(0, 1);
        }
        value->ast = ast.make_string(std::move(name), token.line);
        break;
    }
    case lex::T_NAME_RELATIVE: {
        // ... and a relative name without its `namespace\`.
        std::string name = token.string_value;
        if (miniphp::parser::detail::starts_with_ci(name, "namespace\\")) {
            name.erase(0, 10);
        }
        value->ast = ast.make_string(std::move(name), token.line);
        break;
    }
    case lex::T_VARIABLE: {
        std::string name = token.string_value;
        if (!name.empty() && name[0] == '$') {
            name.erase(0, 1);
        }
        value->ast = ast.make_string(std::move(name), token.line);
        break;
    }
    case lex::T_STRING:
    case lex::T_NAME_QUALIFIED:
    case lex::T_INLINE_HTML:
    case lex::T_ENCAPSED_AND_WHITESPACE:
    case lex::T_CONSTANT_ENCAPSED_STRING:
    case lex::T_STRING_VARNAME:
        value->ast = ast.make_string(token.string_value, token.line);
        break;
    case lex::T_NUM_STRING:
        // "$a[12]" is an integer key, "$a[012]" a string one (the lexer decides).
        value->ast = token.has_int_value ? ast.make_long(token.int_value, token.line)
                                         : ast.make_string(token.string_value, token.line);
        break;
    case '}':
        // zend's scanner forgets a pending doc comment at every '}'.
        ps->reset_doc_comment();
        value->ident = {token.text.data(), static_cast<uint32_t>(token.text.size())};
        break;
    default:
        // Keywords keep their spelling for use as identifiers (zend_lex_tstring).
        value->ident = {token.text.data(), static_cast<uint32_t>(token.text.size())};
        break;
    }
    int kind = miniphp::parser::detail::grammar_token(token.kind);
    ps->lookahead = std::move(token);
    return kind;
}

void miniphp_yyerror(ParseState* ps, const char* message)
{
    // Only reached for Bison's own failures ("memory exhausted"): syntax errors
    // go through yyreport_syntax_error.
    ps->parse_error(message);
}

// Internal to parser/: the state one parse carries between the Bison automaton
// (grammar.y), the token adapter and the error formatter (parser.cpp).
//
// It plays the part of the compiler globals zend's parser reads and writes:
// `line` is CG(zend_lineno) (the line the scanner has reached, which is what new
// nodes without children and php's error messages use), `doc_comment` is
// CG(doc_comment), `extra_fn_flags` is CG(extra_fn_flags) (how a `yield` inside a
// body marks the enclosing function as a generator). Node builders here follow
// zend_ast_create*: a fixed node takes the line of its first non-null child, a
// list the smaller of that and the current line.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/lexer.h"
#include "parser/ast.h"

namespace miniphp::parser::detail {

// The source text of a keyword token: zend keeps it so that `semi_reserved` words
// used as identifiers (method names, class constants) keep their original case.
struct TokenText {
    const char* data;
    uint32_t size;
};

class ParseState {
public:
    ParseState(std::string_view source, const lexer::LexerOptions& options, Ast& ast);

    // Builders. `make` takes its line from the first non-null child (else `line`).
    Node* make(NodeKind kind, std::initializer_list<Node*> children, uint16_t attr = 0);
    Node* make_list(NodeKind kind, std::initializer_list<Node*> children);
    Node* add(Node* list, Node* child);
    Node* make_decl(NodeKind kind, uint32_t flags, uint32_t start_line, Node* doc_comment,
                    std::string name, std::initializer_list<Node*> children);
    Node* make_string(std::string value);
    Node* make_long(int64_t value);
    // Takes the pending doc comment (a Zval string node or nullptr) and clears it.
    Node* take_doc_comment();
    void reset_doc_comment() { m_doc_comment = nullptr; }
    // Looks through source text the lexer skipped (whitespace, comments, open tags)
    // for a /** doc comment */, which becomes the pending one.
    void note_skipped_text(const char* begin, const char* end);

    // zend_lex_tstring: the identifier spelled by a keyword token; false (and a parse
    // error set) for the T_ECHO that `<?=` produces.
    bool keyword_identifier(TokenText text, Node*& out);
    // `Foo::class` becomes ClassName, anything else ClassConst.
    Node* class_const_or_name(Node* class_name, Node* name);
    // '.' folds two literal strings/ints the way zend_ast_create_concat_op does.
    Node* concat(Node* left, Node* right);
    // zend_negate_num_string for "-1" offsets in "$a[-1]".
    Node* negate_num_string(Node* offset);
    // zend_add_class_modifier / zend_add_member_modifier: 0 and a fatal error on
    // a forbidden combination.
    uint32_t add_class_modifier(uint32_t flags, uint32_t new_flag);
    uint32_t add_member_modifier(uint32_t flags, uint32_t new_flag);
    // zend_handle_encoding_declaration: only checks that encoding=... is a literal.
    bool check_encoding_declaration(Node* declares);

    // Errors php raises while parsing. `fatal` ones are compile errors ("Fatal
    // error: "), the rest parse errors. The first one wins.
    void parse_error(std::string message);
    void fatal_error(std::string message);

    lexer::Lexer lexer;
    Ast& ast;
    std::string_view source;
    uint32_t line = 1;             // CG(zend_lineno)
    lexer::Token lookahead;        // the token last handed to the parser
    uint32_t extra_fn_flags = 0;   // CG(extra_fn_flags)
    bool stop_lexing = false;      // after __halt_compiler();
    const char* gap_start = nullptr; // end of the previous token, for doc comments
    std::vector<lexer::LexerMessage> extra_warnings; // compile warnings from parsing

    bool has_error = false;
    bool error_is_fatal = false;
    std::string error;
    uint32_t error_line = 0;

private:
    Node* m_doc_comment = nullptr;
};

} // namespace miniphp::parser::detail

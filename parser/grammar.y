// PHP 8.2's grammar for miniphp, as a Bison LALR(1) automaton building parser/ast.h.
//
// Why the shape is copied so closely: php's "syntax error, unexpected X, expecting
// Y or Z" lists are read straight off Bison's tables in the state where the error is
// found, after any default reductions. Those states only come out the same if the
// grammar is the same: the same nonterminals (including the empty helpers
// `possible_comma`, `backup_doc_comment`, `backup_fn_flags`, the mid-rule actions
// that record line numbers), the same precedence declarations, and the tokens
// declared in the same order (Bison lists expected tokens by symbol number, which is
// order of first appearance in this file). So the declarations and the rules below
// follow Zend/zend_language_parser.y of PHP 8.2 rule for rule, in its order; only the
// actions are ours. When written, Bison 3.8.2's tables for this file (yypact, yytable,
// yycheck, yydefact, yypgoto, yydefgoto, yyr1, yyr2) were identical, entry for entry,
// to those in the zend_language_parser.c shipped with php-8.2.32. Do not reorder
// tokens or rules, and do not "simplify" a rule: re-run the parse error tests after
// any change.
//
// Token display names (the strings after each %token) are php's; parser.cpp turns
// them into message text the way zend_yytnamerr does.
//
// Node layouts follow zend_ast (see parser/ast.h); semantic values are raw pointers
// into the Ast, which owns every node.

%require "3.8"
%define api.prefix {miniphp_yy}
%define api.pure full
%define api.token.prefix {TOK_}
%define parse.error custom
%expect 0
%param {miniphp::parser::detail::ParseState* ps}

%code requires {
#include "parser/parse_state.h"
}

%union {
    miniphp::parser::Node* ast;
    uint32_t num;
    miniphp::parser::detail::TokenText ident;
}

%code provides {
int miniphp_yylex(MINIPHP_YYSTYPE* value, miniphp::parser::detail::ParseState* ps);
void miniphp_yyerror(miniphp::parser::detail::ParseState* ps, const char* message);
int miniphp_yyparse(miniphp::parser::detail::ParseState* ps);

namespace miniphp::parser::detail {
// Builds php's message from Bison's display names (parser.cpp): `unexpected` is the
// lookahead's name, `expected` up to four names (empty when there were more).
void report_syntax_error(ParseState* ps, const char* unexpected, const char* const* expected,
                         int expected_count);
}
}

%code {
namespace {

using miniphp::parser::Node;
using K = miniphp::parser::NodeKind;
using miniphp::parser::BinaryOpKind;
using miniphp::parser::CastKind;
using miniphp::parser::MagicConstKind;
using miniphp::parser::IncludeKind;
using miniphp::parser::ArraySyntax;
using miniphp::parser::NameKind;
using miniphp::parser::TypeKind;
namespace ast = miniphp::parser;

uint16_t op(BinaryOpKind kind) { return static_cast<uint16_t>(kind); }
uint16_t cast(CastKind kind) { return static_cast<uint16_t>(kind); }
uint16_t magic(MagicConstKind kind) { return static_cast<uint16_t>(kind); }
uint16_t include(IncludeKind kind) { return static_cast<uint16_t>(kind); }
uint16_t syntax(ArraySyntax kind) { return static_cast<uint16_t>(kind); }
uint16_t name_kind(NameKind kind) { return static_cast<uint16_t>(kind); }
uint16_t type_kind(TypeKind kind) { return static_cast<uint16_t>(kind); }

// Attributes go into the slot zend_ast_with_attributes picks for each node kind.
Node* with_attributes(Node* node, Node* attributes)
{
    switch (node->kind) {
    case K::FuncDecl:
    case K::Closure:
    case K::Method:
    case K::ArrowFunc:
        node->children[4] = attributes;
        break;
    case K::Class:
        node->children[3] = attributes;
        break;
    case K::PropGroup:
        node->children[2] = attributes;
        break;
    case K::Param:
    case K::EnumCase:
        node->children[3] = attributes;
        break;
    case K::ClassConstGroup:
        node->children[1] = attributes;
        break;
    default:
        break;
    }
    return node;
}

// Promoted-parameter modifiers arrive as DeclFlags; Param nodes carry ParamFlags.
uint16_t promotion_flags(uint32_t modifiers)
{
    uint16_t flags = 0;
    if (modifiers & ast::DeclPublic) flags |= ast::ParamPromotedPublic;
    if (modifiers & ast::DeclProtected) flags |= ast::ParamPromotedProtected;
    if (modifiers & ast::DeclPrivate) flags |= ast::ParamPromotedPrivate;
    if (modifiers & ast::DeclReadonly) flags |= ast::ParamPromotedReadonly;
    return flags;
}

// A string literal used where a name goes ("f"(), "A"::x(), new ("A")) is a fully
// qualified name in zend, whose ZEND_NAME_FQ is the attr every literal starts with.
// Our NameKind starts at NotFullyQualified, so say it explicitly.
Node* literal_as_name(Node* node)
{
    if (node->kind == K::Zval && node->literal_type == miniphp::parser::LiteralType::String) {
        node->attr = name_kind(NameKind::FullyQualified);
    }
    return node;
}

// zend_ast_list_rtrim: `[1, 2, ]` ends in one empty slot that is not an element.
Node* rtrim(Node* list)
{
    if (!list->children.empty() && list->children.back() == nullptr) {
        list->children.pop_back();
    }
    return list;
}

} // namespace
}

%precedence T_THROW
%precedence PREC_ARROW_FUNCTION
%precedence T_INCLUDE T_INCLUDE_ONCE T_REQUIRE T_REQUIRE_ONCE
%left T_LOGICAL_OR
%left T_LOGICAL_XOR
%left T_LOGICAL_AND
%precedence T_PRINT
%precedence T_YIELD
%precedence T_DOUBLE_ARROW
%precedence T_YIELD_FROM
%precedence '=' T_PLUS_EQUAL T_MINUS_EQUAL T_MUL_EQUAL T_DIV_EQUAL T_CONCAT_EQUAL T_MOD_EQUAL T_AND_EQUAL T_OR_EQUAL T_XOR_EQUAL T_SL_EQUAL T_SR_EQUAL T_POW_EQUAL T_COALESCE_EQUAL
%left '?' ':'
%right T_COALESCE
%left T_BOOLEAN_OR
%left T_BOOLEAN_AND
%left '|'
%left '^'
%left T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
%nonassoc T_IS_EQUAL T_IS_NOT_EQUAL T_IS_IDENTICAL T_IS_NOT_IDENTICAL T_SPACESHIP
%nonassoc '<' T_IS_SMALLER_OR_EQUAL '>' T_IS_GREATER_OR_EQUAL
%left '.'
%left T_SL T_SR
%left '+' '-'
%left '*' '/' '%'
%precedence '!'
%precedence T_INSTANCEOF
%precedence '~' T_INT_CAST T_DOUBLE_CAST T_STRING_CAST T_ARRAY_CAST T_OBJECT_CAST T_BOOL_CAST T_UNSET_CAST '@'
%right T_POW
%precedence T_CLONE

// The dangling else goes to the innermost if.
%precedence T_NOELSE
%precedence T_ELSEIF
%precedence T_ELSE

%token <ast> T_LNUMBER   "integer"
%token <ast> T_DNUMBER   "floating-point number"
%token <ast> T_STRING    "identifier"
%token <ast> T_NAME_FULLY_QUALIFIED "fully qualified name"
%token <ast> T_NAME_RELATIVE "namespace-relative name"
%token <ast> T_NAME_QUALIFIED "namespaced name"
%token <ast> T_VARIABLE  "variable"
%token <ast> T_INLINE_HTML
%token <ast> T_ENCAPSED_AND_WHITESPACE  "string content"
%token <ast> T_CONSTANT_ENCAPSED_STRING "quoted string"
%token <ast> T_STRING_VARNAME "variable name"
%token <ast> T_NUM_STRING "number"

%token <ident> T_INCLUDE       "'include'"
%token <ident> T_INCLUDE_ONCE  "'include_once'"
%token <ident> T_EVAL          "'eval'"
%token <ident> T_REQUIRE       "'require'"
%token <ident> T_REQUIRE_ONCE  "'require_once'"
%token <ident> T_LOGICAL_OR    "'or'"
%token <ident> T_LOGICAL_XOR   "'xor'"
%token <ident> T_LOGICAL_AND   "'and'"
%token <ident> T_PRINT         "'print'"
%token <ident> T_YIELD         "'yield'"
%token <ident> T_YIELD_FROM    "'yield from'"
%token <ident> T_INSTANCEOF    "'instanceof'"
%token <ident> T_NEW           "'new'"
%token <ident> T_CLONE         "'clone'"
%token <ident> T_EXIT          "'exit'"
%token <ident> T_IF            "'if'"
%token <ident> T_ELSEIF        "'elseif'"
%token <ident> T_ELSE          "'else'"
%token <ident> T_ENDIF         "'endif'"
%token <ident> T_ECHO          "'echo'"
%token <ident> T_DO            "'do'"
%token <ident> T_WHILE         "'while'"
%token <ident> T_ENDWHILE      "'endwhile'"
%token <ident> T_FOR           "'for'"
%token <ident> T_ENDFOR        "'endfor'"
%token <ident> T_FOREACH       "'foreach'"
%token <ident> T_ENDFOREACH    "'endforeach'"
%token <ident> T_DECLARE       "'declare'"
%token <ident> T_ENDDECLARE    "'enddeclare'"
%token <ident> T_AS            "'as'"
%token <ident> T_SWITCH        "'switch'"
%token <ident> T_ENDSWITCH     "'endswitch'"
%token <ident> T_CASE          "'case'"
%token <ident> T_DEFAULT       "'default'"
%token <ident> T_MATCH         "'match'"
%token <ident> T_BREAK         "'break'"
%token <ident> T_CONTINUE      "'continue'"
%token <ident> T_GOTO          "'goto'"
%token <ident> T_FUNCTION      "'function'"
%token <ident> T_FN            "'fn'"
%token <ident> T_CONST         "'const'"
%token <ident> T_RETURN        "'return'"
%token <ident> T_TRY           "'try'"
%token <ident> T_CATCH         "'catch'"
%token <ident> T_FINALLY       "'finally'"
%token <ident> T_THROW         "'throw'"
%token <ident> T_USE           "'use'"
%token <ident> T_INSTEADOF     "'insteadof'"
%token <ident> T_GLOBAL        "'global'"
%token <ident> T_STATIC        "'static'"
%token <ident> T_ABSTRACT      "'abstract'"
%token <ident> T_FINAL         "'final'"
%token <ident> T_PRIVATE       "'private'"
%token <ident> T_PROTECTED     "'protected'"
%token <ident> T_PUBLIC        "'public'"
%token <ident> T_READONLY      "'readonly'"
%token <ident> T_VAR           "'var'"
%token <ident> T_UNSET         "'unset'"
%token <ident> T_ISSET         "'isset'"
%token <ident> T_EMPTY         "'empty'"
%token <ident> T_HALT_COMPILER "'__halt_compiler'"
%token <ident> T_CLASS         "'class'"
%token <ident> T_TRAIT         "'trait'"
%token <ident> T_INTERFACE     "'interface'"
%token <ident> T_ENUM          "'enum'"
%token <ident> T_EXTENDS       "'extends'"
%token <ident> T_IMPLEMENTS    "'implements'"
%token <ident> T_NAMESPACE     "'namespace'"
%token <ident> T_LIST            "'list'"
%token <ident> T_ARRAY           "'array'"
%token <ident> T_CALLABLE        "'callable'"
%token <ident> T_LINE            "'__LINE__'"
%token <ident> T_FILE            "'__FILE__'"
%token <ident> T_DIR             "'__DIR__'"
%token <ident> T_CLASS_C         "'__CLASS__'"
%token <ident> T_TRAIT_C         "'__TRAIT__'"
%token <ident> T_METHOD_C        "'__METHOD__'"
%token <ident> T_FUNC_C          "'__FUNCTION__'"
%token <ident> T_NS_C            "'__NAMESPACE__'"

%token END 0 "end of file"
%token T_ATTRIBUTE    "'#['"
%token T_PLUS_EQUAL   "'+='"
%token T_MINUS_EQUAL  "'-='"
%token T_MUL_EQUAL    "'*='"
%token T_DIV_EQUAL    "'/='"
%token T_CONCAT_EQUAL "'.='"
%token T_MOD_EQUAL    "'%='"
%token T_AND_EQUAL    "'&='"
%token T_OR_EQUAL     "'|='"
%token T_XOR_EQUAL    "'^='"
%token T_SL_EQUAL     "'<<='"
%token T_SR_EQUAL     "'>>='"
%token T_COALESCE_EQUAL "'??='"
%token T_BOOLEAN_OR   "'||'"
%token T_BOOLEAN_AND  "'&&'"
%token T_IS_EQUAL     "'=='"
%token T_IS_NOT_EQUAL "'!='"
%token T_IS_IDENTICAL "'==='"
%token T_IS_NOT_IDENTICAL "'!=='"
%token T_IS_SMALLER_OR_EQUAL "'<='"
%token T_IS_GREATER_OR_EQUAL "'>='"
%token T_SPACESHIP "'<=>'"
%token T_SL "'<<'"
%token T_SR "'>>'"
%token T_INC "'++'"
%token T_DEC "'--'"
%token T_INT_CAST    "'(int)'"
%token T_DOUBLE_CAST "'(double)'"
%token T_STRING_CAST "'(string)'"
%token T_ARRAY_CAST  "'(array)'"
%token T_OBJECT_CAST "'(object)'"
%token T_BOOL_CAST   "'(bool)'"
%token T_UNSET_CAST  "'(unset)'"
%token T_OBJECT_OPERATOR "'->'"
%token T_NULLSAFE_OBJECT_OPERATOR "'?->'"
%token T_DOUBLE_ARROW    "'=>'"
%token T_COMMENT         "comment"
%token T_DOC_COMMENT     "doc comment"
%token T_OPEN_TAG        "open tag"
%token T_OPEN_TAG_WITH_ECHO "'<?='"
%token T_CLOSE_TAG       "'?>'"
%token T_WHITESPACE      "whitespace"
%token T_START_HEREDOC   "heredoc start"
%token T_END_HEREDOC     "heredoc end"
%token T_DOLLAR_OPEN_CURLY_BRACES "'${'"
%token T_CURLY_OPEN      "'{$'"
%token T_PAAMAYIM_NEKUDOTAYIM "'::'"
%token T_NS_SEPARATOR    "'\\'"
%token T_ELLIPSIS        "'...'"
%token T_COALESCE        "'??'"
%token T_POW             "'**'"
%token T_POW_EQUAL       "'**='"
// '&' is two tokens so that `T1&$v` (by-reference parameter) and `T1&T2`
// (intersection type) are told apart with one token of lookahead; the second needs a
// different display name for Bison, and the error formatter prints it as "&".
%token T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG     "'&'"
%token T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG "amp"
%token T_BAD_CHARACTER   "invalid character"

// The lexer found an error; its message is the parse error.
%token T_ERROR

%type <ast> top_statement namespace_name name statement function_declaration_statement
%type <ast> class_declaration_statement trait_declaration_statement legacy_namespace_name
%type <ast> interface_declaration_statement interface_extends_list
%type <ast> group_use_declaration inline_use_declarations inline_use_declaration
%type <ast> mixed_group_use_declaration use_declaration unprefixed_use_declaration
%type <ast> unprefixed_use_declarations const_decl inner_statement
%type <ast> expr optional_expr while_statement for_statement foreach_variable
%type <ast> foreach_statement declare_statement finally_statement unset_variable variable
%type <ast> extends_from parameter optional_type_without_static argument global_var
%type <ast> static_var class_statement trait_adaptation trait_precedence trait_alias
%type <ast> absolute_trait_method_reference trait_method_reference property echo_expr
%type <ast> new_expr anonymous_class class_name class_name_reference simple_variable
%type <ast> internal_functions_in_yacc
%type <ast> exit_expr scalar backticks_expr lexical_var function_call member_name property_name
%type <ast> variable_class_name dereferenceable_scalar constant class_constant
%type <ast> fully_dereferenceable array_object_dereferenceable
%type <ast> callable_expr callable_variable static_member new_variable
%type <ast> encaps_var encaps_var_offset isset_variables
%type <ast> top_statement_list use_declarations const_list inner_statement_list if_stmt
%type <ast> alt_if_stmt for_exprs switch_case_list global_var_list static_var_list
%type <ast> echo_expr_list unset_variables catch_name_list catch_list optional_variable parameter_list class_statement_list
%type <ast> implements_list case_list if_stmt_without_else
%type <ast> non_empty_parameter_list argument_list non_empty_argument_list property_list
%type <ast> class_const_list class_const_decl class_name_list trait_adaptations method_body non_empty_for_exprs
%type <ast> ctor_arguments alt_if_stmt_without_else trait_adaptation_list lexical_vars
%type <ast> lexical_var_list encaps_list
%type <ast> array_pair non_empty_array_pair_list array_pair_list possible_array_pair
%type <ast> isset_variable type return_type type_expr type_without_static
%type <ast> identifier type_expr_without_static union_type_without_static_element union_type_without_static intersection_type_without_static
%type <ast> inline_function union_type_element union_type intersection_type
%type <ast> attributed_statement attributed_class_statement attributed_parameter
%type <ast> attribute_decl attribute attributes attribute_group namespace_declaration_name
%type <ast> match match_arm_list non_empty_match_arm_list match_arm match_arm_cond_list
%type <ast> enum_declaration_statement enum_backing_type enum_case enum_case_expr
%type <ast> function_name

%type <num> returns_ref function fn is_reference is_variadic variable_modifiers
%type <num> method_modifiers non_empty_member_modifiers member_modifier
%type <num> optional_property_modifiers property_modifier
%type <num> class_modifiers class_modifier use_type backup_fn_flags

%type <num> backup_lex_pos
%type <ast> backup_doc_comment

%type <ident> reserved_non_modifiers semi_reserved

%%

start:
		top_statement_list	{ ps->ast.root = $1; }
;

reserved_non_modifiers:
	  T_INCLUDE | T_INCLUDE_ONCE | T_EVAL | T_REQUIRE | T_REQUIRE_ONCE | T_LOGICAL_OR | T_LOGICAL_XOR | T_LOGICAL_AND
	| T_INSTANCEOF | T_NEW | T_CLONE | T_EXIT | T_IF | T_ELSEIF | T_ELSE | T_ENDIF | T_ECHO | T_DO | T_WHILE | T_ENDWHILE
	| T_FOR | T_ENDFOR | T_FOREACH | T_ENDFOREACH | T_DECLARE | T_ENDDECLARE | T_AS | T_TRY | T_CATCH | T_FINALLY
	| T_THROW | T_USE | T_INSTEADOF | T_GLOBAL | T_VAR | T_UNSET | T_ISSET | T_EMPTY | T_CONTINUE | T_GOTO
	| T_FUNCTION | T_CONST | T_RETURN | T_PRINT | T_YIELD | T_LIST | T_SWITCH | T_ENDSWITCH | T_CASE | T_DEFAULT | T_BREAK
	| T_ARRAY | T_CALLABLE | T_EXTENDS | T_IMPLEMENTS | T_NAMESPACE | T_TRAIT | T_INTERFACE | T_CLASS
	| T_CLASS_C | T_TRAIT_C | T_FUNC_C | T_METHOD_C | T_LINE | T_FILE | T_DIR | T_NS_C | T_FN | T_MATCH | T_ENUM
;

semi_reserved:
	  reserved_non_modifiers
	| T_STATIC | T_ABSTRACT | T_FINAL | T_PRIVATE | T_PROTECTED | T_PUBLIC | T_READONLY
;

ampersand:
		T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
	|	T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG
;

identifier:
		T_STRING { $$ = $1; }
	|	semi_reserved { if (!ps->keyword_identifier($1, $$)) { YYABORT; } }
;

top_statement_list:
		top_statement_list top_statement { $$ = ps->add($1, $2); }
	|	%empty { $$ = ps->make_list(K::StmtList, {}); }
;

namespace_declaration_name:
		identifier			{ $$ = $1; }
	|	T_NAME_QUALIFIED	{ $$ = $1; }
;

namespace_name:
		T_STRING			{ $$ = $1; }
	|	T_NAME_QUALIFIED	{ $$ = $1; }
;

legacy_namespace_name:
		namespace_name			{ $$ = $1; }
	|	T_NAME_FULLY_QUALIFIED	{ $$ = $1; }
;

name:
		T_STRING				{ $$ = $1; $$->attr = name_kind(NameKind::NotFullyQualified); }
	|	T_NAME_QUALIFIED		{ $$ = $1; $$->attr = name_kind(NameKind::NotFullyQualified); }
	|	T_NAME_FULLY_QUALIFIED	{ $$ = $1; $$->attr = name_kind(NameKind::FullyQualified); }
	|	T_NAME_RELATIVE			{ $$ = $1; $$->attr = name_kind(NameKind::Relative); }
;

attribute_decl:
		class_name					{ $$ = ps->make(K::Attribute, {$1, nullptr}); }
	|	class_name argument_list	{ $$ = ps->make(K::Attribute, {$1, $2}); }
;

attribute_group:
		attribute_decl						{ $$ = ps->make_list(K::AttributeGroup, {$1}); }
	|	attribute_group ',' attribute_decl	{ $$ = ps->add($1, $3); }
;

attribute:
		T_ATTRIBUTE attribute_group possible_comma ']'	{ $$ = $2; }
;

attributes:
		attribute				{ $$ = ps->make_list(K::AttributeList, {$1}); }
	|	attributes attribute	{ $$ = ps->add($1, $2); }
;

attributed_statement:
		function_declaration_statement		{ $$ = $1; }
	|	class_declaration_statement			{ $$ = $1; }
	|	trait_declaration_statement			{ $$ = $1; }
	|	interface_declaration_statement		{ $$ = $1; }
	|	enum_declaration_statement			{ $$ = $1; }
;

top_statement:
		statement							{ $$ = $1; }
	|	attributed_statement				{ $$ = $1; }
	|	attributes attributed_statement		{ $$ = with_attributes($2, $1); }
	|	T_HALT_COMPILER '(' ')' ';'
			{ // The data after `__halt_compiler();` starts right after the ';' token
			  // (the lexer has stopped there: __COMPILER_HALT_OFFSET__).
			  size_t offset = ps->lexer.halted()
			      ? ps->lexer.halt_offset()
			      : ps->lookahead.text.data() + ps->lookahead.text.size() - ps->source.data();
			  $$ = ps->make(K::HaltCompiler, {ps->make_long(static_cast<int64_t>(offset))});
			  ps->stop_lexing = true; }
	|	T_NAMESPACE namespace_declaration_name ';'
			{ $$ = ps->make(K::Namespace, {$2, nullptr}); ps->reset_doc_comment(); }
	|	T_NAMESPACE namespace_declaration_name { ps->reset_doc_comment(); }
		'{' top_statement_list '}'
			{ $$ = ps->make(K::Namespace, {$2, $5}); }
	|	T_NAMESPACE { ps->reset_doc_comment(); }
		'{' top_statement_list '}'
			{ $$ = ps->make(K::Namespace, {nullptr, $4}); }
	|	T_USE mixed_group_use_declaration ';'		{ $$ = $2; }
	|	T_USE use_type group_use_declaration ';'	{ $$ = $3; $$->attr = $2; }
	|	T_USE use_declarations ';'					{ $$ = $2; $$->attr = ast::SymbolClass; }
	|	T_USE use_type use_declarations ';'			{ $$ = $3; $$->attr = $2; }
	|	T_CONST const_list ';'						{ $$ = $2; }
;

use_type:
		T_FUNCTION	{ $$ = ast::SymbolFunction; }
	|	T_CONST		{ $$ = ast::SymbolConst; }
;

group_use_declaration:
		legacy_namespace_name T_NS_SEPARATOR '{' unprefixed_use_declarations possible_comma '}'
			{ $$ = ps->make(K::GroupUse, {$1, $4}); }
;

mixed_group_use_declaration:
		legacy_namespace_name T_NS_SEPARATOR '{' inline_use_declarations possible_comma '}'
			{ $$ = ps->make(K::GroupUse, {$1, $4}); }
;

possible_comma:
		%empty
	|	','
;

inline_use_declarations:
		inline_use_declarations ',' inline_use_declaration	{ $$ = ps->add($1, $3); }
	|	inline_use_declaration								{ $$ = ps->make_list(K::Use, {$1}); }
;

unprefixed_use_declarations:
		unprefixed_use_declarations ',' unprefixed_use_declaration	{ $$ = ps->add($1, $3); }
	|	unprefixed_use_declaration									{ $$ = ps->make_list(K::Use, {$1}); }
;

use_declarations:
		use_declarations ',' use_declaration	{ $$ = ps->add($1, $3); }
	|	use_declaration							{ $$ = ps->make_list(K::Use, {$1}); }
;

inline_use_declaration:
		unprefixed_use_declaration			{ $$ = $1; $$->attr = ast::SymbolClass; }
	|	use_type unprefixed_use_declaration	{ $$ = $2; $$->attr = $1; }
;

unprefixed_use_declaration:
		namespace_name					{ $$ = ps->make(K::UseElem, {$1, nullptr}); }
	|	namespace_name T_AS T_STRING	{ $$ = ps->make(K::UseElem, {$1, $3}); }
;

use_declaration:
		legacy_namespace_name					{ $$ = ps->make(K::UseElem, {$1, nullptr}); }
	|	legacy_namespace_name T_AS T_STRING		{ $$ = ps->make(K::UseElem, {$1, $3}); }
;

const_list:
		const_list ',' const_decl	{ $$ = ps->add($1, $3); }
	|	const_decl					{ $$ = ps->make_list(K::ConstDecl, {$1}); }
;

inner_statement_list:
		inner_statement_list inner_statement	{ $$ = ps->add($1, $2); }
	|	%empty									{ $$ = ps->make_list(K::StmtList, {}); }
;


inner_statement:
		statement							{ $$ = $1; }
	|	attributed_statement				{ $$ = $1; }
	|	attributes attributed_statement		{ $$ = with_attributes($2, $1); }
	|	T_HALT_COMPILER '(' ')' ';'
			{ $$ = nullptr;
			  ps->fatal_error("__HALT_COMPILER() can only be used from the outermost scope");
			  YYABORT; }
;


statement:
		'{' inner_statement_list '}' { $$ = $2; }
	|	if_stmt { $$ = $1; }
	|	alt_if_stmt { $$ = $1; }
	|	T_WHILE '(' expr ')' while_statement
			{ $$ = ps->make(K::While, {$3, $5}); }
	|	T_DO statement T_WHILE '(' expr ')' ';'
			{ $$ = ps->make(K::DoWhile, {$2, $5}); }
	|	T_FOR '(' for_exprs ';' for_exprs ';' for_exprs ')' for_statement
			{ $$ = ps->make(K::For, {$3, $5, $7, $9}); }
	|	T_SWITCH '(' expr ')' switch_case_list
			{ $$ = ps->make(K::Switch, {$3, $5}); }
	|	T_BREAK optional_expr ';'		{ $$ = ps->make(K::Break, {$2}); }
	|	T_CONTINUE optional_expr ';'	{ $$ = ps->make(K::Continue, {$2}); }
	|	T_RETURN optional_expr ';'		{ $$ = ps->make(K::Return, {$2}); }
	|	T_GLOBAL global_var_list ';'	{ $$ = $2; }
	|	T_STATIC static_var_list ';'	{ $$ = $2; }
	|	T_ECHO echo_expr_list ';'		{ $$ = $2; }
	|	T_INLINE_HTML { $$ = ps->make(K::Echo, {$1}); }
	|	expr ';' { $$ = $1; }
	|	T_UNSET '(' unset_variables possible_comma ')' ';' { $$ = $3; }
	|	T_FOREACH '(' expr T_AS foreach_variable ')' foreach_statement
			{ $$ = ps->make(K::Foreach, {$3, $5, nullptr, $7}); }
	|	T_FOREACH '(' expr T_AS foreach_variable T_DOUBLE_ARROW foreach_variable ')'
		foreach_statement
			{ $$ = ps->make(K::Foreach, {$3, $7, $5, $9}); }
	|	T_DECLARE '(' const_list ')'
			{ if (!ps->check_encoding_declaration($3)) { YYABORT; } }
		declare_statement
			{ $$ = ps->make(K::Declare, {$3, $6}); }
	|	';'	/* empty statement */ { $$ = nullptr; }
	|	T_TRY '{' inner_statement_list '}' catch_list finally_statement
			{ $$ = ps->make(K::Try, {$3, $5, $6}); }
	|	T_GOTO T_STRING ';' { $$ = ps->make(K::Goto, {$2}); }
	|	T_STRING ':' { $$ = ps->make(K::Label, {$1}); }
;

catch_list:
		%empty
			{ $$ = ps->make_list(K::CatchList, {}); }
	|	catch_list T_CATCH '(' catch_name_list optional_variable ')' '{' inner_statement_list '}'
			{ $$ = ps->add($1, ps->make(K::Catch, {$4, $5, $8})); }
;

catch_name_list:
		class_name						{ $$ = ps->make_list(K::NameList, {$1}); }
	|	catch_name_list '|' class_name	{ $$ = ps->add($1, $3); }
;

optional_variable:
		%empty		{ $$ = nullptr; }
	|	T_VARIABLE	{ $$ = $1; }
;

finally_statement:
		%empty									{ $$ = nullptr; }
	|	T_FINALLY '{' inner_statement_list '}'	{ $$ = $3; }
;

unset_variables:
		unset_variable						{ $$ = ps->make_list(K::StmtList, {$1}); }
	|	unset_variables ',' unset_variable	{ $$ = ps->add($1, $3); }
;

unset_variable:
		variable { $$ = ps->make(K::Unset, {$1}); }
;

function_name:
		T_STRING	{ $$ = $1; }
	|	T_READONLY	{ if (!ps->keyword_identifier($1, $$)) { YYABORT; } }
;

function_declaration_statement:
	function returns_ref function_name backup_doc_comment '(' parameter_list ')' return_type
	backup_fn_flags '{' inner_statement_list '}' backup_fn_flags
		{ $$ = ps->make_decl(K::FuncDecl, $2 | $13, $1, $4, $3->string_value,
		                     {$6, nullptr, $11, $8, nullptr});
		  ps->extra_fn_flags = $9; }
;

is_reference:
		%empty									{ $$ = 0; }
	|	T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG	{ $$ = ast::ParamByRef; }
;

is_variadic:
		%empty		{ $$ = 0; }
	|	T_ELLIPSIS	{ $$ = ast::ParamVariadic; }
;

class_declaration_statement:
		class_modifiers T_CLASS { $<num>$ = ps->line; }
		T_STRING extends_from implements_list backup_doc_comment '{' class_statement_list '}'
			{ $$ = ps->make_decl(K::Class, $1, $<num>3, $7, $4->string_value,
			                     {$5, $6, $9, nullptr, nullptr}); }
	|	T_CLASS { $<num>$ = ps->line; }
		T_STRING extends_from implements_list backup_doc_comment '{' class_statement_list '}'
			{ $$ = ps->make_decl(K::Class, 0, $<num>2, $6, $3->string_value,
			                     {$4, $5, $8, nullptr, nullptr}); }
;

class_modifiers:
		class_modifier					{ $$ = $1; }
	|	class_modifiers class_modifier
			{ $$ = ps->add_class_modifier($1, $2); if (!$$) { YYABORT; } }
;

class_modifier:
		T_ABSTRACT	{ $$ = ast::DeclAbstract; }
	|	T_FINAL		{ $$ = ast::DeclFinal; }
	|	T_READONLY	{ $$ = ast::DeclReadonly; }
;

trait_declaration_statement:
		T_TRAIT { $<num>$ = ps->line; }
		T_STRING backup_doc_comment '{' class_statement_list '}'
			{ $$ = ps->make_decl(K::Class, ast::DeclTrait, $<num>2, $4, $3->string_value,
			                     {nullptr, nullptr, $6, nullptr, nullptr}); }
;

interface_declaration_statement:
		T_INTERFACE { $<num>$ = ps->line; }
		T_STRING interface_extends_list backup_doc_comment '{' class_statement_list '}'
			{ $$ = ps->make_decl(K::Class, ast::DeclInterface, $<num>2, $5, $3->string_value,
			                     {nullptr, $4, $7, nullptr, nullptr}); }
;

enum_declaration_statement:
		T_ENUM { $<num>$ = ps->line; }
		T_STRING enum_backing_type implements_list backup_doc_comment '{' class_statement_list '}'
			{ $$ = ps->make_decl(K::Class, ast::DeclEnum | ast::DeclFinal, $<num>2, $6,
			                     $3->string_value, {nullptr, $5, $8, nullptr, $4}); }
;

enum_backing_type:
		%empty			{ $$ = nullptr; }
	|	':' type_expr	{ $$ = $2; }
;

enum_case:
		T_CASE backup_doc_comment identifier enum_case_expr ';'
			{ $$ = ps->make(K::EnumCase, {$3, $4, $2, nullptr}); }
;

enum_case_expr:
		%empty		{ $$ = nullptr; }
	|	'=' expr	{ $$ = $2; }
;

extends_from:
		%empty					{ $$ = nullptr; }
	|	T_EXTENDS class_name	{ $$ = $2; }
;

interface_extends_list:
		%empty						{ $$ = nullptr; }
	|	T_EXTENDS class_name_list	{ $$ = $2; }
;

implements_list:
		%empty							{ $$ = nullptr; }
	|	T_IMPLEMENTS class_name_list	{ $$ = $2; }
;

foreach_variable:
		variable			{ $$ = $1; }
	|	ampersand variable	{ $$ = ps->make(K::Ref, {$2}); }
	|	T_LIST '(' array_pair_list ')'	{ $$ = $3; $$->attr = syntax(ArraySyntax::List); }
	|	'[' array_pair_list ']'			{ $$ = $2; $$->attr = syntax(ArraySyntax::Short); }
;

for_statement:
		statement								{ $$ = $1; }
	|	':' inner_statement_list T_ENDFOR ';'	{ $$ = $2; }
;

foreach_statement:
		statement									{ $$ = $1; }
	|	':' inner_statement_list T_ENDFOREACH ';'	{ $$ = $2; }
;

declare_statement:
		statement									{ $$ = $1; }
	|	':' inner_statement_list T_ENDDECLARE ';'	{ $$ = $2; }
;

switch_case_list:
		'{' case_list '}'					{ $$ = $2; }
	|	'{' ';' case_list '}'				{ $$ = $3; }
	|	':' case_list T_ENDSWITCH ';'		{ $$ = $2; }
	|	':' ';' case_list T_ENDSWITCH ';'	{ $$ = $3; }
;

case_list:
		%empty { $$ = ps->make_list(K::SwitchList, {}); }
	|	case_list T_CASE expr case_separator inner_statement_list
			{ $$ = ps->add($1, ps->make(K::SwitchCase, {$3, $5})); }
	|	case_list T_DEFAULT case_separator inner_statement_list
			{ $$ = ps->add($1, ps->make(K::SwitchCase, {nullptr, $4})); }
;

case_separator:
		':'
	|	';'
;


match:
		T_MATCH '(' expr ')' '{' match_arm_list '}'
			{ $$ = ps->make(K::Match, {$3, $6}); };
;

match_arm_list:
		%empty									{ $$ = ps->make_list(K::MatchArmList, {}); }
	|	non_empty_match_arm_list possible_comma	{ $$ = $1; }
;

non_empty_match_arm_list:
		match_arm								{ $$ = ps->make_list(K::MatchArmList, {$1}); }
	|	non_empty_match_arm_list ',' match_arm	{ $$ = ps->add($1, $3); }
;

match_arm:
		match_arm_cond_list possible_comma T_DOUBLE_ARROW expr
			{ $$ = ps->make(K::MatchArm, {$1, $4}); }
	|	T_DEFAULT possible_comma T_DOUBLE_ARROW expr
			{ $$ = ps->make(K::MatchArm, {nullptr, $4}); }
;

match_arm_cond_list:
		expr							{ $$ = ps->make_list(K::ExprList, {$1}); }
	|	match_arm_cond_list ',' expr	{ $$ = ps->add($1, $3); }
;


while_statement:
		statement								{ $$ = $1; }
	|	':' inner_statement_list T_ENDWHILE ';'	{ $$ = $2; }
;


if_stmt_without_else:
		T_IF '(' expr ')' statement
			{ $$ = ps->make_list(K::If, {ps->make(K::IfElem, {$3, $5})}); }
	|	if_stmt_without_else T_ELSEIF '(' expr ')' statement
			{ $$ = ps->add($1, ps->make(K::IfElem, {$4, $6})); }
;

if_stmt:
		if_stmt_without_else %prec T_NOELSE { $$ = $1; }
	|	if_stmt_without_else T_ELSE statement
			{ $$ = ps->add($1, ps->make(K::IfElem, {nullptr, $3})); }
;

alt_if_stmt_without_else:
		T_IF '(' expr ')' ':' inner_statement_list
			{ $$ = ps->make_list(K::If, {ps->make(K::IfElem, {$3, $6})}); }
	|	alt_if_stmt_without_else T_ELSEIF '(' expr ')' ':' inner_statement_list
			{ $$ = ps->add($1, ps->make(K::IfElem, {$4, $7})); }
;

alt_if_stmt:
		alt_if_stmt_without_else T_ENDIF ';' { $$ = $1; }
	|	alt_if_stmt_without_else T_ELSE ':' inner_statement_list T_ENDIF ';'
			{ $$ = ps->add($1, ps->make(K::IfElem, {nullptr, $4})); }
;

parameter_list:
		non_empty_parameter_list possible_comma	{ $$ = $1; }
	|	%empty									{ $$ = ps->make_list(K::ParamList, {}); }
;


non_empty_parameter_list:
		attributed_parameter								{ $$ = ps->make_list(K::ParamList, {$1}); }
	|	non_empty_parameter_list ',' attributed_parameter	{ $$ = ps->add($1, $3); }
;

attributed_parameter:
		attributes parameter	{ $$ = with_attributes($2, $1); }
	|	parameter				{ $$ = $1; }
;

optional_property_modifiers:
		%empty					{ $$ = 0; }
	|	optional_property_modifiers property_modifier
			{ $$ = ps->add_member_modifier($1, $2); if (!$$) { YYABORT; } }

property_modifier:
		T_PUBLIC	{ $$ = ast::DeclPublic; }
	|	T_PROTECTED	{ $$ = ast::DeclProtected; }
	|	T_PRIVATE	{ $$ = ast::DeclPrivate; }
	|	T_READONLY	{ $$ = ast::DeclReadonly; }
;

parameter:
		optional_property_modifiers optional_type_without_static
		is_reference is_variadic T_VARIABLE backup_doc_comment
			{ $$ = ps->make(K::Param, {$2, $5, nullptr, nullptr, $6},
			                static_cast<uint16_t>(promotion_flags($1) | $3 | $4)); }
	|	optional_property_modifiers optional_type_without_static
		is_reference is_variadic T_VARIABLE backup_doc_comment '=' expr
			{ $$ = ps->make(K::Param, {$2, $5, $8, nullptr, $6},
			                static_cast<uint16_t>(promotion_flags($1) | $3 | $4)); }
;


optional_type_without_static:
		%empty						{ $$ = nullptr; }
	|	type_expr_without_static	{ $$ = $1; }
;

type_expr:
		type				{ $$ = $1; }
	|	'?' type			{ $$ = $2; $$->attr |= ast::TypeNullable; }
	|	union_type			{ $$ = $1; }
	|	intersection_type	{ $$ = $1; }
;

type:
		type_without_static	{ $$ = $1; }
	|	T_STATIC			{ $$ = ps->make(K::Type, {}, type_kind(TypeKind::Static)); }
;

union_type_element:
		type						{ $$ = $1; }
	|	'(' intersection_type ')'	{ $$ = $2; }
;

union_type:
		union_type_element '|' union_type_element
			{ $$ = ps->make_list(K::TypeUnion, {$1, $3}); }
	|	union_type '|' union_type_element
			{ $$ = ps->add($1, $3); }
;

intersection_type:
		type T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type
			{ $$ = ps->make_list(K::TypeIntersection, {$1, $3}); }
	|	intersection_type T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type
			{ $$ = ps->add($1, $3); }
;

// The same type rules without "static", which would clash with the `static`
// modifier of properties.

type_expr_without_static:
		type_without_static					{ $$ = $1; }
	|	'?' type_without_static				{ $$ = $2; $$->attr |= ast::TypeNullable; }
	|	union_type_without_static			{ $$ = $1; }
	|	intersection_type_without_static	{ $$ = $1; }
;

type_without_static:
		T_ARRAY		{ $$ = ps->make(K::Type, {}, type_kind(TypeKind::Array)); }
	|	T_CALLABLE	{ $$ = ps->make(K::Type, {}, type_kind(TypeKind::Callable)); }
	|	name		{ $$ = $1; }
;

union_type_without_static_element:
		type_without_static							{ $$ = $1; }
	|	'(' intersection_type_without_static ')'	{ $$ = $2; }
;

union_type_without_static:
		union_type_without_static_element '|' union_type_without_static_element
			{ $$ = ps->make_list(K::TypeUnion, {$1, $3}); }
	|	union_type_without_static '|' union_type_without_static_element
			{ $$ = ps->add($1, $3); }
;

intersection_type_without_static:
		type_without_static T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type_without_static
			{ $$ = ps->make_list(K::TypeIntersection, {$1, $3}); }
	|	intersection_type_without_static T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type_without_static
			{ $$ = ps->add($1, $3); }
;

return_type:
		%empty			{ $$ = nullptr; }
	|	':' type_expr	{ $$ = $2; }
;

argument_list:
		'(' ')'	{ $$ = ps->make_list(K::ArgList, {}); }
	|	'(' non_empty_argument_list possible_comma ')' { $$ = $2; }
	|	'(' T_ELLIPSIS ')' { $$ = ps->make(K::CallableConvert, {}); }
;

non_empty_argument_list:
		argument								{ $$ = ps->make_list(K::ArgList, {$1}); }
	|	non_empty_argument_list ',' argument	{ $$ = ps->add($1, $3); }
;

argument:
		expr				{ $$ = $1; }
	|	identifier ':' expr	{ $$ = ps->make(K::NamedArg, {$1, $3}); }
	|	T_ELLIPSIS expr		{ $$ = ps->make(K::Unpack, {$2}); }
;

global_var_list:
		global_var_list ',' global_var	{ $$ = ps->add($1, $3); }
	|	global_var						{ $$ = ps->make_list(K::StmtList, {$1}); }
;

global_var:
	simple_variable
		{ $$ = ps->make(K::Global, {ps->make(K::Var, {$1})}); }
;


static_var_list:
		static_var_list ',' static_var	{ $$ = ps->add($1, $3); }
	|	static_var						{ $$ = ps->make_list(K::StmtList, {$1}); }
;

static_var:
		T_VARIABLE			{ $$ = ps->make(K::Static, {$1, nullptr}); }
	|	T_VARIABLE '=' expr	{ $$ = ps->make(K::Static, {$1, $3}); }
;

class_statement_list:
		class_statement_list class_statement	{ $$ = ps->add($1, $2); }
	|	%empty									{ $$ = ps->make_list(K::StmtList, {}); }
;


attributed_class_statement:
		variable_modifiers optional_type_without_static property_list ';'
			{ $$ = ps->make(K::PropGroup, {$2, $3, nullptr}, static_cast<uint16_t>($1)); }
	|	method_modifiers T_CONST class_const_list ';'
			{ $$ = ps->make(K::ClassConstGroup, {$3, nullptr, nullptr}, static_cast<uint16_t>($1)); }
	|	method_modifiers function returns_ref identifier backup_doc_comment '(' parameter_list ')'
		return_type backup_fn_flags method_body backup_fn_flags
			{ $$ = ps->make_decl(K::Method, $3 | $1 | $12, $2, $5, $4->string_value,
			                     {$7, nullptr, $11, $9, nullptr});
			  ps->extra_fn_flags = $10; }
	|	enum_case { $$ = $1; }
;

class_statement:
		attributed_class_statement				{ $$ = $1; }
	|	attributes attributed_class_statement	{ $$ = with_attributes($2, $1); }
	|	T_USE class_name_list trait_adaptations
			{ $$ = ps->make(K::UseTrait, {$2, $3}); }
;

class_name_list:
		class_name						{ $$ = ps->make_list(K::NameList, {$1}); }
	|	class_name_list ',' class_name	{ $$ = ps->add($1, $3); }
;

trait_adaptations:
		';'								{ $$ = nullptr; }
	|	'{' '}'							{ $$ = nullptr; }
	|	'{' trait_adaptation_list '}'	{ $$ = $2; }
;

trait_adaptation_list:
		trait_adaptation						{ $$ = ps->make_list(K::TraitAdaptations, {$1}); }
	|	trait_adaptation_list trait_adaptation	{ $$ = ps->add($1, $2); }
;

trait_adaptation:
		trait_precedence ';'	{ $$ = $1; }
	|	trait_alias ';'			{ $$ = $1; }
;

trait_precedence:
	absolute_trait_method_reference T_INSTEADOF class_name_list
		{ $$ = ps->make(K::TraitPrecedence, {$1, $3}); }
;

trait_alias:
		trait_method_reference T_AS T_STRING
			{ $$ = ps->make(K::TraitAlias, {$1, $3}); }
	|	trait_method_reference T_AS reserved_non_modifiers
			{ Node* alias = nullptr;
			  if (!ps->keyword_identifier($3, alias)) { YYABORT; }
			  $$ = ps->make(K::TraitAlias, {$1, alias}); }
	|	trait_method_reference T_AS member_modifier identifier
			{ $$ = ps->make(K::TraitAlias, {$1, $4}, static_cast<uint16_t>($3)); }
	|	trait_method_reference T_AS member_modifier
			{ $$ = ps->make(K::TraitAlias, {$1, nullptr}, static_cast<uint16_t>($3)); }
;

trait_method_reference:
		identifier							{ $$ = ps->make(K::MethodReference, {nullptr, $1}); }
	|	absolute_trait_method_reference		{ $$ = $1; }
;

absolute_trait_method_reference:
	class_name T_PAAMAYIM_NEKUDOTAYIM identifier
		{ $$ = ps->make(K::MethodReference, {$1, $3}); }
;

method_body:
		';' /* abstract method */		{ $$ = nullptr; }
	|	'{' inner_statement_list '}'	{ $$ = $2; }
;

variable_modifiers:
		non_empty_member_modifiers		{ $$ = $1; }
	|	T_VAR							{ $$ = ast::DeclPublic; }
;

method_modifiers:
		%empty						{ $$ = ast::DeclPublic; }
	|	non_empty_member_modifiers
			{ $$ = $1;
			  if (!($$ & (ast::DeclPublic | ast::DeclProtected | ast::DeclPrivate))) {
			      $$ |= ast::DeclPublic;
			  } }
;

non_empty_member_modifiers:
		member_modifier			{ $$ = $1; }
	|	non_empty_member_modifiers member_modifier
			{ $$ = ps->add_member_modifier($1, $2); if (!$$) { YYABORT; } }
;

member_modifier:
		T_PUBLIC	{ $$ = ast::DeclPublic; }
	|	T_PROTECTED	{ $$ = ast::DeclProtected; }
	|	T_PRIVATE	{ $$ = ast::DeclPrivate; }
	|	T_STATIC	{ $$ = ast::DeclStatic; }
	|	T_ABSTRACT	{ $$ = ast::DeclAbstract; }
	|	T_FINAL		{ $$ = ast::DeclFinal; }
	|	T_READONLY	{ $$ = ast::DeclReadonly; }
;

property_list:
		property_list ',' property	{ $$ = ps->add($1, $3); }
	|	property					{ $$ = ps->make_list(K::PropDecl, {$1}); }
;

property:
		T_VARIABLE backup_doc_comment
			{ $$ = ps->make(K::PropElem, {$1, nullptr, $2}); }
	|	T_VARIABLE '=' expr backup_doc_comment
			{ $$ = ps->make(K::PropElem, {$1, $3, $4}); }
;

class_const_list:
		class_const_list ',' class_const_decl	{ $$ = ps->add($1, $3); }
	|	class_const_decl						{ $$ = ps->make_list(K::ClassConstDecl, {$1}); }
;

class_const_decl:
	identifier '=' expr backup_doc_comment { $$ = ps->make(K::ConstElem, {$1, $3, $4}); }
;

const_decl:
	T_STRING '=' expr backup_doc_comment { $$ = ps->make(K::ConstElem, {$1, $3, $4}); }
;

echo_expr_list:
		echo_expr_list ',' echo_expr	{ $$ = ps->add($1, $3); }
	|	echo_expr						{ $$ = ps->make_list(K::StmtList, {$1}); }
;
echo_expr:
	expr { $$ = ps->make(K::Echo, {$1}); }
;

for_exprs:
		%empty				{ $$ = nullptr; }
	|	non_empty_for_exprs	{ $$ = $1; }
;

non_empty_for_exprs:
		non_empty_for_exprs ',' expr	{ $$ = ps->add($1, $3); }
	|	expr							{ $$ = ps->make_list(K::ExprList, {$1}); }
;

anonymous_class:
		T_CLASS { $<num>$ = ps->line; } ctor_arguments
		extends_from implements_list backup_doc_comment '{' class_statement_list '}'
			{ Node* decl = ps->make_decl(K::Class, ast::DeclAnonymous, $<num>2, $6, "",
			                             {$4, $5, $8, nullptr, nullptr});
			  $$ = ps->make(K::New, {decl, $3}); }
;

new_expr:
		T_NEW class_name_reference ctor_arguments
			{ $$ = ps->make(K::New, {$2, $3}); }
	|	T_NEW anonymous_class
			{ $$ = $2; }
	|	T_NEW attributes anonymous_class
			{ with_attributes($3->children[0], $2); $$ = $3; }
;

expr:
		variable
			{ $$ = $1; }
	|	T_LIST '(' array_pair_list ')' '=' expr
			{ $3->attr = syntax(ArraySyntax::List); $$ = ps->make(K::Assign, {$3, $6}); }
	|	'[' array_pair_list ']' '=' expr
			{ $2->attr = syntax(ArraySyntax::Short); $$ = ps->make(K::Assign, {$2, $5}); }
	|	variable '=' expr
			{ $$ = ps->make(K::Assign, {$1, $3}); }
	|	variable '=' ampersand variable
			{ $$ = ps->make(K::AssignRef, {$1, $4}); }
	|	T_CLONE expr { $$ = ps->make(K::Clone, {$2}); }
	|	variable T_PLUS_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::Add)); }
	|	variable T_MINUS_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::Sub)); }
	|	variable T_MUL_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::Mul)); }
	|	variable T_POW_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::Pow)); }
	|	variable T_DIV_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::Div)); }
	|	variable T_CONCAT_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::Concat)); }
	|	variable T_MOD_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::Mod)); }
	|	variable T_AND_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::BitwiseAnd)); }
	|	variable T_OR_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::BitwiseOr)); }
	|	variable T_XOR_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::BitwiseXor)); }
	|	variable T_SL_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::ShiftLeft)); }
	|	variable T_SR_EQUAL expr
			{ $$ = ps->make(K::AssignOp, {$1, $3}, op(BinaryOpKind::ShiftRight)); }
	|	variable T_COALESCE_EQUAL expr
			{ $$ = ps->make(K::AssignCoalesce, {$1, $3}); }
	|	variable T_INC { $$ = ps->make(K::PostInc, {$1}); }
	|	T_INC variable { $$ = ps->make(K::PreInc, {$2}); }
	|	variable T_DEC { $$ = ps->make(K::PostDec, {$1}); }
	|	T_DEC variable { $$ = ps->make(K::PreDec, {$2}); }
	|	expr T_BOOLEAN_OR expr
			{ $$ = ps->make(K::Or, {$1, $3}); }
	|	expr T_BOOLEAN_AND expr
			{ $$ = ps->make(K::And, {$1, $3}); }
	|	expr T_LOGICAL_OR expr
			{ $$ = ps->make(K::Or, {$1, $3}); }
	|	expr T_LOGICAL_AND expr
			{ $$ = ps->make(K::And, {$1, $3}); }
	|	expr T_LOGICAL_XOR expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::BoolXor)); }
	|	expr '|' expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::BitwiseOr)); }
	|	expr T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::BitwiseAnd)); }
	|	expr T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::BitwiseAnd)); }
	|	expr '^' expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::BitwiseXor)); }
	|	expr '.' expr	{ $$ = ps->concat($1, $3); }
	|	expr '+' expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::Add)); }
	|	expr '-' expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::Sub)); }
	|	expr '*' expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::Mul)); }
	|	expr T_POW expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::Pow)); }
	|	expr '/' expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::Div)); }
	|	expr '%' expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::Mod)); }
	|	expr T_SL expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::ShiftLeft)); }
	|	expr T_SR expr	{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::ShiftRight)); }
	|	'+' expr %prec '~' { $$ = ps->make(K::UnaryPlus, {$2}); }
	|	'-' expr %prec '~' { $$ = ps->make(K::UnaryMinus, {$2}); }
	|	'!' expr { $$ = ps->make(K::UnaryOp, {$2}, static_cast<uint16_t>(ast::UnaryOpKind::BoolNot)); }
	|	'~' expr { $$ = ps->make(K::UnaryOp, {$2}, static_cast<uint16_t>(ast::UnaryOpKind::BitwiseNot)); }
	|	expr T_IS_IDENTICAL expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::IsIdentical)); }
	|	expr T_IS_NOT_IDENTICAL expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::IsNotIdentical)); }
	|	expr T_IS_EQUAL expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::IsEqual)); }
	|	expr T_IS_NOT_EQUAL expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::IsNotEqual)); }
	|	expr '<' expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::IsSmaller)); }
	|	expr T_IS_SMALLER_OR_EQUAL expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::IsSmallerOrEqual)); }
	|	expr '>' expr
			{ $$ = ps->make(K::Greater, {$1, $3}); }
	|	expr T_IS_GREATER_OR_EQUAL expr
			{ $$ = ps->make(K::GreaterEqual, {$1, $3}); }
	|	expr T_SPACESHIP expr
			{ $$ = ps->make(K::BinaryOp, {$1, $3}, op(BinaryOpKind::Spaceship)); }
	|	expr T_INSTANCEOF class_name_reference
			{ $$ = ps->make(K::Instanceof, {$1, $3}); }
	|	'(' expr ')'
			{ $$ = $2;
			  // The compiler rejects `a ? b : c ? d : e` unless the inner one had parentheses.
			  if ($$->kind == K::Conditional) $$->attr = ast::ParenthesizedConditional; }
	|	new_expr { $$ = $1; }
	|	expr '?' expr ':' expr
			{ $$ = ps->make(K::Conditional, {$1, $3, $5}); }
	|	expr '?' ':' expr
			{ $$ = ps->make(K::Conditional, {$1, nullptr, $4}); }
	|	expr T_COALESCE expr
			{ $$ = ps->make(K::Coalesce, {$1, $3}); }
	|	internal_functions_in_yacc { $$ = $1; }
	|	T_INT_CAST expr		{ $$ = ps->make(K::Cast, {$2}, cast(CastKind::Long)); }
	|	T_DOUBLE_CAST expr	{ $$ = ps->make(K::Cast, {$2}, cast(CastKind::Double)); }
	|	T_STRING_CAST expr	{ $$ = ps->make(K::Cast, {$2}, cast(CastKind::String)); }
	|	T_ARRAY_CAST expr	{ $$ = ps->make(K::Cast, {$2}, cast(CastKind::Array)); }
	|	T_OBJECT_CAST expr	{ $$ = ps->make(K::Cast, {$2}, cast(CastKind::Object)); }
	|	T_BOOL_CAST expr	{ $$ = ps->make(K::Cast, {$2}, cast(CastKind::Bool)); }
	|	T_UNSET_CAST expr	{ $$ = ps->make(K::Cast, {$2}, cast(CastKind::Null)); }
	|	T_EXIT exit_expr	{ $$ = ps->make(K::Exit, {$2}); }
	|	'@' expr			{ $$ = ps->make(K::Silence, {$2}); }
	|	scalar { $$ = $1; }
	|	'`' backticks_expr '`' { $$ = ps->make(K::ShellExec, {$2}); }
	|	T_PRINT expr { $$ = ps->make(K::Print, {$2}); }
	|	T_YIELD
			{ $$ = ps->make(K::Yield, {nullptr, nullptr}); ps->extra_fn_flags |= ast::DeclGenerator; }
	|	T_YIELD expr
			{ $$ = ps->make(K::Yield, {$2, nullptr}); ps->extra_fn_flags |= ast::DeclGenerator; }
	|	T_YIELD expr T_DOUBLE_ARROW expr
			{ $$ = ps->make(K::Yield, {$4, $2}); ps->extra_fn_flags |= ast::DeclGenerator; }
	|	T_YIELD_FROM expr
			{ $$ = ps->make(K::YieldFrom, {$2}); ps->extra_fn_flags |= ast::DeclGenerator; }
	|	T_THROW expr { $$ = ps->make(K::Throw, {$2}); }
	|	inline_function { $$ = $1; }
	|	attributes inline_function { $$ = with_attributes($2, $1); }
	|	T_STATIC inline_function { $$ = $2; $$->flags |= ast::DeclStatic; }
	|	attributes T_STATIC inline_function
			{ $$ = with_attributes($3, $1); $$->flags |= ast::DeclStatic; }
	|	match { $$ = $1; }
;


inline_function:
		function returns_ref backup_doc_comment '(' parameter_list ')' lexical_vars return_type
		backup_fn_flags '{' inner_statement_list '}' backup_fn_flags
			{ $$ = ps->make_decl(K::Closure, $2 | $13, $1, $3, "{closure}",
			                     {$5, $7, $11, $8, nullptr});
			  ps->extra_fn_flags = $9; }
	|	fn returns_ref backup_doc_comment '(' parameter_list ')' return_type
		T_DOUBLE_ARROW backup_fn_flags backup_lex_pos expr backup_fn_flags
			{ // The body is kept as `return expr` (ast.h); zend adds that return in the
			  // compiler instead, skipping it for a `never` return type.
			  $$ = ps->make_decl(K::ArrowFunc, $2 | $12, $1, $3, "{closure}",
			                     {$5, nullptr, ps->make(K::Return, {$11}), $7, nullptr});
			  ps->extra_fn_flags = $9; }
;

fn:
	T_FN { $$ = ps->line; }
;

function:
	T_FUNCTION { $$ = ps->line; }
;

backup_doc_comment:
	%empty { $$ = ps->take_doc_comment(); }
;

backup_fn_flags:
	%prec PREC_ARROW_FUNCTION %empty { $$ = ps->extra_fn_flags; ps->extra_fn_flags = 0; }
;

backup_lex_pos:
	%empty { $$ = 0; }
;

returns_ref:
		%empty		{ $$ = 0; }
	|	ampersand	{ $$ = ast::DeclReturnsRef; }
;

lexical_vars:
		%empty { $$ = nullptr; }
	|	T_USE '(' lexical_var_list possible_comma ')' { $$ = $3; }
;

lexical_var_list:
		lexical_var_list ',' lexical_var	{ $$ = ps->add($1, $3); }
	|	lexical_var							{ $$ = ps->make_list(K::ClosureUses, {$1}); }
;

lexical_var:
		T_VARIABLE				{ $$ = $1; }
	|	ampersand T_VARIABLE	{ $$ = $2; $$->attr = ast::BindRef; }
;

function_call:
		name argument_list
			{ $$ = ps->make(K::Call, {$1, $2}); }
	|	T_READONLY argument_list
			{ Node* callee = nullptr;
			  if (!ps->keyword_identifier($1, callee)) { YYABORT; }
			  $$ = ps->make(K::Call, {callee, $2}); }
	|	class_name T_PAAMAYIM_NEKUDOTAYIM member_name argument_list
			{ $$ = ps->make(K::StaticCall, {$1, $3, $4}); }
	|	variable_class_name T_PAAMAYIM_NEKUDOTAYIM member_name argument_list
			{ $$ = ps->make(K::StaticCall, {$1, $3, $4}); }
	|	callable_expr { $<num>$ = ps->line; } argument_list
			{ $$ = ps->make(K::Call, {$1, $3});
			  // A call through an expression reports the line of its '(' (zend does too).
			  $$->line = $<num>2; }
;

class_name:
		T_STATIC
			{ $$ = ps->make_string("static"); $$->attr = name_kind(NameKind::NotFullyQualified); }
	|	name { $$ = $1; }
;

class_name_reference:
		class_name		{ $$ = $1; }
	|	new_variable	{ $$ = $1; }
	|	'(' expr ')'	{ $$ = literal_as_name($2); }
;

exit_expr:
		%empty					{ $$ = nullptr; }
	|	'(' optional_expr ')'	{ $$ = $2; }
;

backticks_expr:
		%empty						{ $$ = ps->make_string(""); }
	|	T_ENCAPSED_AND_WHITESPACE	{ $$ = $1; }
	|	encaps_list					{ $$ = $1; }
;


ctor_arguments:
		%empty			{ $$ = ps->make_list(K::ArgList, {}); }
	|	argument_list	{ $$ = $1; }
;


dereferenceable_scalar:
		T_ARRAY '(' array_pair_list ')'	{ $$ = $3; $$->attr = syntax(ArraySyntax::Long); }
	|	'[' array_pair_list ']'			{ $$ = $2; $$->attr = syntax(ArraySyntax::Short); }
	|	T_CONSTANT_ENCAPSED_STRING		{ $$ = $1; }
	|	'"' encaps_list '"'				{ $$ = $2; }
;

scalar:
		T_LNUMBER	{ $$ = $1; }
	|	T_DNUMBER	{ $$ = $1; }
	|	T_START_HEREDOC T_ENCAPSED_AND_WHITESPACE T_END_HEREDOC { $$ = $2; }
	|	T_START_HEREDOC T_END_HEREDOC
			{ $$ = ps->make_string(""); }
	|	T_START_HEREDOC encaps_list T_END_HEREDOC { $$ = $2; }
	|	dereferenceable_scalar	{ $$ = $1; }
	|	constant				{ $$ = $1; }
	|	class_constant			{ $$ = $1; }
;

constant:
		name		{ $$ = ps->make(K::Const, {$1}); }
	|	T_LINE		{ $$ = ps->make(K::MagicConst, {}, magic(MagicConstKind::Line)); }
	|	T_FILE		{ $$ = ps->make(K::MagicConst, {}, magic(MagicConstKind::File)); }
	|	T_DIR		{ $$ = ps->make(K::MagicConst, {}, magic(MagicConstKind::Dir)); }
	|	T_TRAIT_C	{ $$ = ps->make(K::MagicConst, {}, magic(MagicConstKind::Trait)); }
	|	T_METHOD_C	{ $$ = ps->make(K::MagicConst, {}, magic(MagicConstKind::Method)); }
	|	T_FUNC_C	{ $$ = ps->make(K::MagicConst, {}, magic(MagicConstKind::Function)); }
	|	T_NS_C		{ $$ = ps->make(K::MagicConst, {}, magic(MagicConstKind::Namespace)); }
	|	T_CLASS_C	{ $$ = ps->make(K::MagicConst, {}, magic(MagicConstKind::Class)); }
;

class_constant:
		class_name T_PAAMAYIM_NEKUDOTAYIM identifier
			{ $$ = ps->class_const_or_name($1, $3); }
	|	variable_class_name T_PAAMAYIM_NEKUDOTAYIM identifier
			{ $$ = ps->class_const_or_name($1, $3); }
;

optional_expr:
		%empty	{ $$ = nullptr; }
	|	expr	{ $$ = $1; }
;

variable_class_name:
		fully_dereferenceable { $$ = $1; }
;

fully_dereferenceable:
		variable				{ $$ = $1; }
	|	'(' expr ')'			{ $$ = literal_as_name($2); }
	|	dereferenceable_scalar	{ $$ = literal_as_name($1); }
	|	class_constant			{ $$ = $1; }
;

array_object_dereferenceable:
		fully_dereferenceable	{ $$ = $1; }
	|	constant				{ $$ = $1; }
;

callable_expr:
		callable_variable		{ $$ = $1; }
	|	'(' expr ')'			{ $$ = literal_as_name($2); }
	|	dereferenceable_scalar	{ $$ = literal_as_name($1); }
;

callable_variable:
		simple_variable
			{ $$ = ps->make(K::Var, {$1}); }
	|	array_object_dereferenceable '[' optional_expr ']'
			{ $$ = ps->make(K::Dim, {$1, $3}); }
	|	array_object_dereferenceable '{' expr '}'
			{ $$ = ps->make(K::Dim, {$1, $3}, ast::DimAlternativeSyntax); }
	|	array_object_dereferenceable T_OBJECT_OPERATOR property_name argument_list
			{ $$ = ps->make(K::MethodCall, {$1, $3, $4}); }
	|	array_object_dereferenceable T_NULLSAFE_OBJECT_OPERATOR property_name argument_list
			{ $$ = ps->make(K::NullsafeMethodCall, {$1, $3, $4}); }
	|	function_call { $$ = $1; }
;

variable:
		callable_variable
			{ $$ = $1; }
	|	static_member
			{ $$ = $1; }
	|	array_object_dereferenceable T_OBJECT_OPERATOR property_name
			{ $$ = ps->make(K::Prop, {$1, $3}); }
	|	array_object_dereferenceable T_NULLSAFE_OBJECT_OPERATOR property_name
			{ $$ = ps->make(K::NullsafeProp, {$1, $3}); }
;

simple_variable:
		T_VARIABLE			{ $$ = $1; }
	|	'$' '{' expr '}'	{ $$ = $3; }
	|	'$' simple_variable	{ $$ = ps->make(K::Var, {$2}); }
;

static_member:
		class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable
			{ $$ = ps->make(K::StaticProp, {$1, $3}); }
	|	variable_class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable
			{ $$ = ps->make(K::StaticProp, {$1, $3}); }
;

new_variable:
		simple_variable
			{ $$ = ps->make(K::Var, {$1}); }
	|	new_variable '[' optional_expr ']'
			{ $$ = ps->make(K::Dim, {$1, $3}); }
	|	new_variable '{' expr '}'
			{ $$ = ps->make(K::Dim, {$1, $3}, ast::DimAlternativeSyntax); }
	|	new_variable T_OBJECT_OPERATOR property_name
			{ $$ = ps->make(K::Prop, {$1, $3}); }
	|	new_variable T_NULLSAFE_OBJECT_OPERATOR property_name
			{ $$ = ps->make(K::NullsafeProp, {$1, $3}); }
	|	class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable
			{ $$ = ps->make(K::StaticProp, {$1, $3}); }
	|	new_variable T_PAAMAYIM_NEKUDOTAYIM simple_variable
			{ $$ = ps->make(K::StaticProp, {$1, $3}); }
;

member_name:
		identifier		{ $$ = $1; }
	|	'{' expr '}'	{ $$ = $2; }
	|	simple_variable	{ $$ = ps->make(K::Var, {$1}); }
;

property_name:
		T_STRING		{ $$ = $1; }
	|	'{' expr '}'	{ $$ = $2; }
	|	simple_variable	{ $$ = ps->make(K::Var, {$1}); }
;

array_pair_list:
		non_empty_array_pair_list
			{ $$ = rtrim($1); }
;

possible_array_pair:
		%empty		{ $$ = nullptr; }
	|	array_pair	{ $$ = $1; }
;

non_empty_array_pair_list:
		non_empty_array_pair_list ',' possible_array_pair
			{ $$ = ps->add($1, $3); }
	|	possible_array_pair
			{ $$ = ps->make_list(K::Array, {$1}); }
;

array_pair:
		expr T_DOUBLE_ARROW expr
			{ $$ = ps->make(K::ArrayElem, {$3, $1}); }
	|	expr
			{ $$ = ps->make(K::ArrayElem, {$1, nullptr}); }
	|	expr T_DOUBLE_ARROW ampersand variable
			{ $$ = ps->make(K::ArrayElem, {$4, $1}, 1); }
	|	ampersand variable
			{ $$ = ps->make(K::ArrayElem, {$2, nullptr}, 1); }
	|	T_ELLIPSIS expr
			{ $$ = ps->make(K::Unpack, {$2}); }
	|	expr T_DOUBLE_ARROW T_LIST '(' array_pair_list ')'
			{ $5->attr = syntax(ArraySyntax::List);
			  $$ = ps->make(K::ArrayElem, {$5, $1}); }
	|	T_LIST '(' array_pair_list ')'
			{ $3->attr = syntax(ArraySyntax::List);
			  $$ = ps->make(K::ArrayElem, {$3, nullptr}); }
;

encaps_list:
		encaps_list encaps_var
			{ $$ = ps->add($1, $2); }
	|	encaps_list T_ENCAPSED_AND_WHITESPACE
			{ $$ = ps->add($1, $2); }
	|	encaps_var
			{ $$ = ps->make_list(K::EncapsList, {$1}); }
	|	T_ENCAPSED_AND_WHITESPACE encaps_var
			{ $$ = ps->make_list(K::EncapsList, {$1, $2}); }
;

encaps_var:
		T_VARIABLE
			{ $$ = ps->make(K::Var, {$1}); }
	|	T_VARIABLE '[' encaps_var_offset ']'
			{ $$ = ps->make(K::Dim, {ps->make(K::Var, {$1}), $3}); }
	|	T_VARIABLE T_OBJECT_OPERATOR T_STRING
			{ $$ = ps->make(K::Prop, {ps->make(K::Var, {$1}), $3}); }
	|	T_VARIABLE T_NULLSAFE_OBJECT_OPERATOR T_STRING
			{ $$ = ps->make(K::NullsafeProp, {ps->make(K::Var, {$1}), $3}); }
	|	T_DOLLAR_OPEN_CURLY_BRACES expr '}'
			{ $$ = ps->make(K::Var, {$2}, ast::EncapsVarDollarCurlyVarVar); }
	|	T_DOLLAR_OPEN_CURLY_BRACES T_STRING_VARNAME '}'
			{ $$ = ps->make(K::Var, {$2}, ast::EncapsVarDollarCurly); }
	|	T_DOLLAR_OPEN_CURLY_BRACES T_STRING_VARNAME '[' expr ']' '}'
			{ $$ = ps->make(K::Dim, {ps->make(K::Var, {$2}), $4}, ast::EncapsVarDollarCurly); }
	|	T_CURLY_OPEN variable '}' { $$ = $2; }
;

encaps_var_offset:
		T_STRING			{ $$ = $1; }
	|	T_NUM_STRING		{ $$ = $1; }
	|	'-' T_NUM_STRING	{ $$ = ps->negate_num_string($2); }
	|	T_VARIABLE			{ $$ = ps->make(K::Var, {$1}); }
;


internal_functions_in_yacc:
		T_ISSET '(' isset_variables possible_comma ')' { $$ = $3; }
	|	T_EMPTY '(' expr ')' { $$ = ps->make(K::Empty, {$3}); }
	|	T_INCLUDE expr
			{ $$ = ps->make(K::IncludeOrEval, {$2}, include(IncludeKind::Include)); }
	|	T_INCLUDE_ONCE expr
			{ $$ = ps->make(K::IncludeOrEval, {$2}, include(IncludeKind::IncludeOnce)); }
	|	T_EVAL '(' expr ')'
			{ $$ = ps->make(K::IncludeOrEval, {$3}, include(IncludeKind::Eval)); }
	|	T_REQUIRE expr
			{ $$ = ps->make(K::IncludeOrEval, {$2}, include(IncludeKind::Require)); }
	|	T_REQUIRE_ONCE expr
			{ $$ = ps->make(K::IncludeOrEval, {$2}, include(IncludeKind::RequireOnce)); }
;

isset_variables:
		isset_variable { $$ = $1; }
	|	isset_variables ',' isset_variable
			{ $$ = ps->make(K::And, {$1, $3}); }
;

isset_variable:
		expr { $$ = ps->make(K::Isset, {$1}); }
;

%%

// Hands Bison's display names to parser.cpp, which words them as php does.
static int yyreport_syntax_error(const yypcontext_t* context, miniphp::parser::detail::ParseState* ps)
{
    // One unexpected token and at most four expected ones, as Bison's verbose mode:
    // with more than four candidates php names none.
    yysymbol_kind_t expected[4];
    int count = yypcontext_expected_tokens(context, expected, 4);
    if (count < 0) {
        return count;
    }
    const char* names[4];
    for (int i = 0; i < count; ++i) {
        names[i] = yysymbol_name(expected[i]);
    }
    miniphp::parser::detail::report_syntax_error(ps, yysymbol_name(yypcontext_token(context)),
                                                 names, count);
    return 0;
}

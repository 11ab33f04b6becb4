// Lexer unit tests. The LexerStream cases compare whole token streams with the output of
// php 8.2's token_get_all() for the same source (kind name, text and line of every
// token); they were generated from real php and pasted here. The other cases check
// token values, error messages and lines, and the parser-facing behaviour against what
// `php -n` prints.
#include "lexer/lexer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace {

using namespace miniphp::lexer;
using namespace std::string_literals;
using namespace std::string_view_literals;
using Stream = std::vector<std::string>;

// "NAME:text:line" for named tokens and the bare text for single characters, as
// token_get_all() would show them. A T_ERROR ends the stream as "T_ERROR:<message>".
Stream dump(std::string_view source, LexerOptions options = {})
{
    Lexer lexer(source, options);
    Stream out;
    for (;;) {
        Token token = lexer.next();
        if (token.kind == END)
            return out;
        if (token.kind == T_ERROR) {
            out.push_back("T_ERROR:" + lexer.error());
            return out;
        }
        if (token.kind < 256)
            out.emplace_back(token.text);
        else
            out.push_back(token_name(token.kind) + ":" + std::string(token.text) + ":" +
                          std::to_string(token.line));
    }
}

// All tokens of `source` (next(), default options) up to END or T_ERROR, inclusive.
std::vector<Token> tokens(std::string_view source, LexerOptions options = {})
{
    Lexer lexer(source, options);
    std::vector<Token> out;
    for (;;) {
        out.push_back(lexer.next());
        if (out.back().kind == END || out.back().kind == T_ERROR)
            return out;
    }
}

// The first token of `kind` in `source`.
Token first(std::string_view source, int kind)
{
    for (const Token& token : tokens(source)) {
        if (token.kind == kind)
            return token;
    }
    ADD_FAILURE() << "no " << token_name(kind) << " in " << source;
    return {};
}

// The values of the T_ENCAPSED_AND_WHITESPACE pieces, in order.
std::vector<std::string> pieces(std::string_view source)
{
    std::vector<std::string> out;
    for (const Token& token : tokens(source)) {
        if (token.kind == T_ENCAPSED_AND_WHITESPACE)
            out.push_back(token.string_value);
    }
    return out;
}

struct ScanError {
    std::string message;
    uint32_t line = 0;
    bool operator==(const ScanError&) const = default;
};

std::ostream& operator<<(std::ostream& os, const ScanError& e)
{
    return os << '"' << e.message << "\" on line " << e.line;
}

// The error next_for_parser() stops with, as "Parse error: <message> ... on line <line>".
ScanError scan_error(std::string_view source)
{
    Lexer lexer(source);
    for (;;) {
        Token token = lexer.next_for_parser();
        if (token.kind == T_ERROR)
            return {lexer.error(), lexer.error_line()};
        if (token.kind == END)
            return {"<no error>", lexer.current_line()};
    }
}

LexerOptions tokenizer_mode()
{
    LexerOptions options;
    options.tokenizer_mode = true;
    return options;
}

} // namespace

// ---- token streams, checked against token_get_all() ----------------------------------

TEST(LexerStream, InlineHtmlAndTags)
{
    EXPECT_EQ(dump("a\n<?php echo 1 ?>\nb<?= $x ?>c<?php"),
              Stream({
        "T_INLINE_HTML:a\n:1", "T_OPEN_TAG:<?php :2", "T_ECHO:echo:2", "T_WHITESPACE: :2",
        "T_LNUMBER:1:2", "T_WHITESPACE: :2", "T_CLOSE_TAG:?>\n:2", "T_INLINE_HTML:b:3",
        "T_OPEN_TAG_WITH_ECHO:<?=:3", "T_WHITESPACE: :3", "T_VARIABLE:$x:3",
        "T_WHITESPACE: :3", "T_CLOSE_TAG:?>:3", "T_INLINE_HTML:c:3", "T_OPEN_TAG:<?php:3"}));
}

TEST(LexerStream, OpenTagNeedsWhitespaceOrEnd)
{
    EXPECT_EQ(dump("x<?phpx y ?>z<?php\tA ?><?php"),
              Stream({
        "T_INLINE_HTML:x:1", "T_OPEN_TAG:<?:1", "T_STRING:phpx:1", "T_WHITESPACE: :1",
        "T_STRING:y:1", "T_WHITESPACE: :1", "T_CLOSE_TAG:?>:1", "T_INLINE_HTML:z:1",
        "T_OPEN_TAG:<?php\t:1", "T_STRING:A:1", "T_WHITESPACE: :1", "T_CLOSE_TAG:?>:1",
        "T_OPEN_TAG:<?php:1"}));
}

TEST(LexerStream, KeywordsIgnoreCase)
{
    EXPECT_EQ(dump("<?php FUNCTION Foo() { RETURN NULL; } ECHO __line__; If (1): ENDIF; New StdClass; And oR xOr;"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_FUNCTION:FUNCTION:1", "T_WHITESPACE: :1", "T_STRING:Foo:1",
        "(", ")", "T_WHITESPACE: :1", "{", "T_WHITESPACE: :1", "T_RETURN:RETURN:1",
        "T_WHITESPACE: :1", "T_STRING:NULL:1", ";", "T_WHITESPACE: :1", "}",
        "T_WHITESPACE: :1", "T_ECHO:ECHO:1", "T_WHITESPACE: :1", "T_LINE:__line__:1", ";",
        "T_WHITESPACE: :1", "T_IF:If:1", "T_WHITESPACE: :1", "(", "T_LNUMBER:1:1", ")", ":",
        "T_WHITESPACE: :1", "T_ENDIF:ENDIF:1", ";", "T_WHITESPACE: :1", "T_NEW:New:1",
        "T_WHITESPACE: :1", "T_STRING:StdClass:1", ";", "T_WHITESPACE: :1",
        "T_LOGICAL_AND:And:1", "T_WHITESPACE: :1", "T_LOGICAL_OR:oR:1", "T_WHITESPACE: :1",
        "T_LOGICAL_XOR:xOr:1", ";"}));
}

TEST(LexerStream, Casts)
{
    EXPECT_EQ(dump("<?php (int)$a; ( integer )$a; (\tbool\t)$b; (float)$c; (double)$d; (string)$e; (binary)$f; (array)$g; (object)$h; (unset)$i; (boolean)$k; (in t)$j;"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_INT_CAST:(int):1", "T_VARIABLE:$a:1", ";",
        "T_WHITESPACE: :1", "T_INT_CAST:( integer ):1", "T_VARIABLE:$a:1", ";",
        "T_WHITESPACE: :1", "T_BOOL_CAST:(\tbool\t):1", "T_VARIABLE:$b:1", ";",
        "T_WHITESPACE: :1", "T_DOUBLE_CAST:(float):1", "T_VARIABLE:$c:1", ";",
        "T_WHITESPACE: :1", "T_DOUBLE_CAST:(double):1", "T_VARIABLE:$d:1", ";",
        "T_WHITESPACE: :1", "T_STRING_CAST:(string):1", "T_VARIABLE:$e:1", ";",
        "T_WHITESPACE: :1", "T_STRING_CAST:(binary):1", "T_VARIABLE:$f:1", ";",
        "T_WHITESPACE: :1", "T_ARRAY_CAST:(array):1", "T_VARIABLE:$g:1", ";",
        "T_WHITESPACE: :1", "T_OBJECT_CAST:(object):1", "T_VARIABLE:$h:1", ";",
        "T_WHITESPACE: :1", "T_UNSET_CAST:(unset):1", "T_VARIABLE:$i:1", ";",
        "T_WHITESPACE: :1", "T_BOOL_CAST:(boolean):1", "T_VARIABLE:$k:1", ";",
        "T_WHITESPACE: :1", "(", "T_STRING:in:1", "T_WHITESPACE: :1", "T_STRING:t:1", ")",
        "T_VARIABLE:$j:1", ";"}));
}

TEST(LexerStream, Operators)
{
    EXPECT_EQ(dump("<?php $a += $b -= $c *= $d /= $e .= $f %= $g &= $h |= $i ^= $j <<= $k >>= $l ?\?= $m **= 2; $a || $b && $c == $d != $e <> $f === $g !== $h <= $i >= $j <=> $k << $l >> $m ** $n ?\? $o; $a++; $b--; $c->d?->e::f; [...$a]; fn() => 1; $a ? $b : $c; @$x; !$y; ~$z; $a instanceof B;"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_VARIABLE:$a:1", "T_WHITESPACE: :1", "T_PLUS_EQUAL:+=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$b:1", "T_WHITESPACE: :1", "T_MINUS_EQUAL:-=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$c:1", "T_WHITESPACE: :1", "T_MUL_EQUAL:*=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$d:1", "T_WHITESPACE: :1", "T_DIV_EQUAL:/=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$e:1", "T_WHITESPACE: :1", "T_CONCAT_EQUAL:.=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$f:1", "T_WHITESPACE: :1", "T_MOD_EQUAL:%=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$g:1", "T_WHITESPACE: :1", "T_AND_EQUAL:&=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$h:1", "T_WHITESPACE: :1", "T_OR_EQUAL:|=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$i:1", "T_WHITESPACE: :1", "T_XOR_EQUAL:^=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$j:1", "T_WHITESPACE: :1", "T_SL_EQUAL:<<=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$k:1", "T_WHITESPACE: :1", "T_SR_EQUAL:>>=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$l:1", "T_WHITESPACE: :1", "T_COALESCE_EQUAL:?\?=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$m:1", "T_WHITESPACE: :1", "T_POW_EQUAL:**=:1",
        "T_WHITESPACE: :1", "T_LNUMBER:2:1", ";", "T_WHITESPACE: :1", "T_VARIABLE:$a:1",
        "T_WHITESPACE: :1", "T_BOOLEAN_OR:||:1", "T_WHITESPACE: :1", "T_VARIABLE:$b:1",
        "T_WHITESPACE: :1", "T_BOOLEAN_AND:&&:1", "T_WHITESPACE: :1", "T_VARIABLE:$c:1",
        "T_WHITESPACE: :1", "T_IS_EQUAL:==:1", "T_WHITESPACE: :1", "T_VARIABLE:$d:1",
        "T_WHITESPACE: :1", "T_IS_NOT_EQUAL:!=:1", "T_WHITESPACE: :1", "T_VARIABLE:$e:1",
        "T_WHITESPACE: :1", "T_IS_NOT_EQUAL:<>:1", "T_WHITESPACE: :1", "T_VARIABLE:$f:1",
        "T_WHITESPACE: :1", "T_IS_IDENTICAL:===:1", "T_WHITESPACE: :1", "T_VARIABLE:$g:1",
        "T_WHITESPACE: :1", "T_IS_NOT_IDENTICAL:!==:1", "T_WHITESPACE: :1", "T_VARIABLE:$h:1",
        "T_WHITESPACE: :1", "T_IS_SMALLER_OR_EQUAL:<=:1", "T_WHITESPACE: :1",
        "T_VARIABLE:$i:1", "T_WHITESPACE: :1", "T_IS_GREATER_OR_EQUAL:>=:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$j:1", "T_WHITESPACE: :1", "T_SPACESHIP:<=>:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$k:1", "T_WHITESPACE: :1", "T_SL:<<:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$l:1", "T_WHITESPACE: :1", "T_SR:>>:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$m:1", "T_WHITESPACE: :1", "T_POW:**:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$n:1", "T_WHITESPACE: :1", "T_COALESCE:?\?:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$o:1", ";", "T_WHITESPACE: :1", "T_VARIABLE:$a:1",
        "T_INC:++:1", ";", "T_WHITESPACE: :1", "T_VARIABLE:$b:1", "T_DEC:--:1", ";",
        "T_WHITESPACE: :1", "T_VARIABLE:$c:1", "T_OBJECT_OPERATOR:->:1", "T_STRING:d:1",
        "T_NULLSAFE_OBJECT_OPERATOR:?->:1", "T_STRING:e:1", "T_DOUBLE_COLON::::1",
        "T_STRING:f:1", ";", "T_WHITESPACE: :1", "[", "T_ELLIPSIS:...:1", "T_VARIABLE:$a:1",
        "]", ";", "T_WHITESPACE: :1", "T_FN:fn:1", "(", ")", "T_WHITESPACE: :1",
        "T_DOUBLE_ARROW:=>:1", "T_WHITESPACE: :1", "T_LNUMBER:1:1", ";", "T_WHITESPACE: :1",
        "T_VARIABLE:$a:1", "T_WHITESPACE: :1", "?", "T_WHITESPACE: :1", "T_VARIABLE:$b:1",
        "T_WHITESPACE: :1", ":", "T_WHITESPACE: :1", "T_VARIABLE:$c:1", ";",
        "T_WHITESPACE: :1", "@", "T_VARIABLE:$x:1", ";", "T_WHITESPACE: :1", "!",
        "T_VARIABLE:$y:1", ";", "T_WHITESPACE: :1", "~", "T_VARIABLE:$z:1", ";",
        "T_WHITESPACE: :1", "T_VARIABLE:$a:1", "T_WHITESPACE: :1", "T_INSTANCEOF:instanceof:1",
        "T_WHITESPACE: :1", "T_STRING:B:1", ";"}));
}

TEST(LexerStream, Ampersands)
{
    EXPECT_EQ(dump("<?php function &f(&$a, & ...$b) {} $x = &$y; $a & $b; $a &\n$b; $a && $b; $a &= 1; $a & /**/ $b;"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_FUNCTION:function:1", "T_WHITESPACE: :1",
        "T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG:&:1", "T_STRING:f:1", "(",
        "T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG:&:1", "T_VARIABLE:$a:1", ",",
        "T_WHITESPACE: :1", "T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG:&:1", "T_WHITESPACE: :1",
        "T_ELLIPSIS:...:1", "T_VARIABLE:$b:1", ")", "T_WHITESPACE: :1", "{", "}",
        "T_WHITESPACE: :1", "T_VARIABLE:$x:1", "T_WHITESPACE: :1", "=", "T_WHITESPACE: :1",
        "T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG:&:1", "T_VARIABLE:$y:1", ";",
        "T_WHITESPACE: :1", "T_VARIABLE:$a:1", "T_WHITESPACE: :1",
        "T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG:&:1", "T_WHITESPACE: :1", "T_VARIABLE:$b:1",
        ";", "T_WHITESPACE: :1", "T_VARIABLE:$a:1", "T_WHITESPACE: :1",
        "T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG:&:1", "T_WHITESPACE:\n:1", "T_VARIABLE:$b:2",
        ";", "T_WHITESPACE: :2", "T_VARIABLE:$a:2", "T_WHITESPACE: :2", "T_BOOLEAN_AND:&&:2",
        "T_WHITESPACE: :2", "T_VARIABLE:$b:2", ";", "T_WHITESPACE: :2", "T_VARIABLE:$a:2",
        "T_WHITESPACE: :2", "T_AND_EQUAL:&=:2", "T_WHITESPACE: :2", "T_LNUMBER:1:2", ";",
        "T_WHITESPACE: :2", "T_VARIABLE:$a:2", "T_WHITESPACE: :2",
        "T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG:&:2", "T_WHITESPACE: :2",
        "T_COMMENT:/**/:2", "T_WHITESPACE: :2", "T_VARIABLE:$b:2", ";"}));
}

TEST(LexerStream, Comments)
{
    EXPECT_EQ(dump("<?php // a ?>b<?php # c\n/* d\n */ /** e */ /***/ /**/ $x; #[A(1)] // end"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_COMMENT:// a :1", "T_CLOSE_TAG:?>:1", "T_INLINE_HTML:b:1",
        "T_OPEN_TAG:<?php :1", "T_COMMENT:# c:1", "T_WHITESPACE:\n:1", "T_COMMENT:/* d\n */:2",
        "T_WHITESPACE: :3", "T_DOC_COMMENT:/** e */:3", "T_WHITESPACE: :3",
        "T_COMMENT:/***/:3", "T_WHITESPACE: :3", "T_COMMENT:/**/:3", "T_WHITESPACE: :3",
        "T_VARIABLE:$x:3", ";", "T_WHITESPACE: :3", "T_ATTRIBUTE:#[:3", "T_STRING:A:3", "(",
        "T_LNUMBER:1:3", ")", "]", "T_WHITESPACE: :3", "T_COMMENT:// end:3"}));
}

TEST(LexerStream, Numbers)
{
    EXPECT_EQ(dump("<?php 0777; 0o17; 0O17; 0b11; 0X1F; 1_000; 1e3; 1E-3; .5; 1.; 1.5e+3; 0x7FFFFFFFFFFFFFFF; 0x8000000000000000; 9223372036854775807; 9223372036854775808; 0x; 1_;"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_LNUMBER:0777:1", ";", "T_WHITESPACE: :1", "T_LNUMBER:0o17:1",
        ";", "T_WHITESPACE: :1", "T_LNUMBER:0O17:1", ";", "T_WHITESPACE: :1",
        "T_LNUMBER:0b11:1", ";", "T_WHITESPACE: :1", "T_LNUMBER:0X1F:1", ";",
        "T_WHITESPACE: :1", "T_LNUMBER:1_000:1", ";", "T_WHITESPACE: :1", "T_DNUMBER:1e3:1",
        ";", "T_WHITESPACE: :1", "T_DNUMBER:1E-3:1", ";", "T_WHITESPACE: :1", "T_DNUMBER:.5:1",
        ";", "T_WHITESPACE: :1", "T_DNUMBER:1.:1", ";", "T_WHITESPACE: :1",
        "T_DNUMBER:1.5e+3:1", ";", "T_WHITESPACE: :1", "T_LNUMBER:0x7FFFFFFFFFFFFFFF:1", ";",
        "T_WHITESPACE: :1", "T_DNUMBER:0x8000000000000000:1", ";", "T_WHITESPACE: :1",
        "T_LNUMBER:9223372036854775807:1", ";", "T_WHITESPACE: :1",
        "T_DNUMBER:9223372036854775808:1", ";", "T_WHITESPACE: :1", "T_LNUMBER:0:1",
        "T_STRING:x:1", ";", "T_WHITESPACE: :1", "T_LNUMBER:1:1", "T_STRING:_:1", ";"}));
}

TEST(LexerStream, Names)
{
    EXPECT_EQ(dump("<?php namespace\\A; namespace A\\B; \\A\\B; A\\B; A; \\; a\\ b; $a->class; A::list; $a?->array; $a-> /* c */ function;"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_NAME_RELATIVE:namespace\\A:1", ";", "T_WHITESPACE: :1",
        "T_NAMESPACE:namespace:1", "T_WHITESPACE: :1", "T_NAME_QUALIFIED:A\\B:1", ";",
        "T_WHITESPACE: :1", "T_NAME_FULLY_QUALIFIED:\\A\\B:1", ";", "T_WHITESPACE: :1",
        "T_NAME_QUALIFIED:A\\B:1", ";", "T_WHITESPACE: :1", "T_STRING:A:1", ";",
        "T_WHITESPACE: :1", "T_NS_SEPARATOR:\\:1", ";", "T_WHITESPACE: :1", "T_STRING:a:1",
        "T_NS_SEPARATOR:\\:1", "T_WHITESPACE: :1", "T_STRING:b:1", ";", "T_WHITESPACE: :1",
        "T_VARIABLE:$a:1", "T_OBJECT_OPERATOR:->:1", "T_STRING:class:1", ";",
        "T_WHITESPACE: :1", "T_STRING:A:1", "T_DOUBLE_COLON::::1", "T_LIST:list:1", ";",
        "T_WHITESPACE: :1", "T_VARIABLE:$a:1", "T_NULLSAFE_OBJECT_OPERATOR:?->:1",
        "T_STRING:array:1", ";", "T_WHITESPACE: :1", "T_VARIABLE:$a:1",
        "T_OBJECT_OPERATOR:->:1", "T_WHITESPACE: :1", "T_COMMENT:/* c */:1",
        "T_WHITESPACE: :1", "T_STRING:function:1", ";"}));
}

TEST(LexerStream, Variables)
{
    EXPECT_EQ(dump("<?php $a; $_b1; $\xe9""t\xe9""; $$c; ${'d'}; $ e; $1;"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_VARIABLE:$a:1", ";", "T_WHITESPACE: :1", "T_VARIABLE:$_b1:1",
        ";", "T_WHITESPACE: :1", "T_VARIABLE:$\xe9""t\xe9"":1", ";", "T_WHITESPACE: :1", "$",
        "T_VARIABLE:$c:1", ";", "T_WHITESPACE: :1", "$", "{",
        "T_CONSTANT_ENCAPSED_STRING:'d':1", "}", ";", "T_WHITESPACE: :1", "$",
        "T_WHITESPACE: :1", "T_STRING:e:1", ";", "T_WHITESPACE: :1", "$", "T_LNUMBER:1:1", ";"}));
}

TEST(LexerStream, SingleQuoted)
{
    EXPECT_EQ(dump("<?php 'a\\'b\\\\c\\n'; b'x'; 'multi\nline'; 'x"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_CONSTANT_ENCAPSED_STRING:'a\\'b\\\\c\\n':1", ";",
        "T_WHITESPACE: :1", "T_CONSTANT_ENCAPSED_STRING:b'x':1", ";", "T_WHITESPACE: :1",
        "T_CONSTANT_ENCAPSED_STRING:'multi\nline':1", ";", "T_WHITESPACE: :2",
        "T_ENCAPSED_AND_WHITESPACE:'x:2"}));
}

TEST(LexerStream, DoubleQuotedConstant)
{
    EXPECT_EQ(dump("<?php \"plain \\n \\$x \\{$x}\"; B\"bin\"; \"$\"; \"{ $a}\";"),
              Stream({
        "T_OPEN_TAG:<?php :1", "\"", "T_ENCAPSED_AND_WHITESPACE:plain \\n \\$x \\{:1",
        "T_VARIABLE:$x:1", "T_ENCAPSED_AND_WHITESPACE:}:1", "\"", ";", "T_WHITESPACE: :1",
        "T_CONSTANT_ENCAPSED_STRING:B\"bin\":1", ";", "T_WHITESPACE: :1",
        "T_CONSTANT_ENCAPSED_STRING:\"$\":1", ";", "T_WHITESPACE: :1", "\"",
        "T_ENCAPSED_AND_WHITESPACE:{ :1", "T_VARIABLE:$a:1", "T_ENCAPSED_AND_WHITESPACE:}:1",
        "\"", ";"}));
}

TEST(LexerStream, Interpolation)
{
    EXPECT_EQ(dump("<?php \"$a[0] $a[name] $a[-1] $a[$b] $a[01] $a->b $a?->b $a->b->c $a-> b {$a->b()} ${name} ${name[1]} ${$expr}\";"),
              Stream({
        "T_OPEN_TAG:<?php :1", "\"", "T_VARIABLE:$a:1", "[", "T_NUM_STRING:0:1", "]",
        "T_ENCAPSED_AND_WHITESPACE: :1", "T_VARIABLE:$a:1", "[", "T_STRING:name:1", "]",
        "T_ENCAPSED_AND_WHITESPACE: :1", "T_VARIABLE:$a:1", "[", "-", "T_NUM_STRING:1:1", "]",
        "T_ENCAPSED_AND_WHITESPACE: :1", "T_VARIABLE:$a:1", "[", "T_VARIABLE:$b:1", "]",
        "T_ENCAPSED_AND_WHITESPACE: :1", "T_VARIABLE:$a:1", "[", "T_NUM_STRING:01:1", "]",
        "T_ENCAPSED_AND_WHITESPACE: :1", "T_VARIABLE:$a:1", "T_OBJECT_OPERATOR:->:1",
        "T_STRING:b:1", "T_ENCAPSED_AND_WHITESPACE: :1", "T_VARIABLE:$a:1",
        "T_NULLSAFE_OBJECT_OPERATOR:?->:1", "T_STRING:b:1", "T_ENCAPSED_AND_WHITESPACE: :1",
        "T_VARIABLE:$a:1", "T_OBJECT_OPERATOR:->:1", "T_STRING:b:1",
        "T_ENCAPSED_AND_WHITESPACE:->c :1", "T_VARIABLE:$a:1",
        "T_ENCAPSED_AND_WHITESPACE:-> b :1", "T_CURLY_OPEN:{:1", "T_VARIABLE:$a:1",
        "T_OBJECT_OPERATOR:->:1", "T_STRING:b:1", "(", ")", "}",
        "T_ENCAPSED_AND_WHITESPACE: :1", "T_DOLLAR_OPEN_CURLY_BRACES:${:1",
        "T_STRING_VARNAME:name:1", "}", "T_ENCAPSED_AND_WHITESPACE: :1",
        "T_DOLLAR_OPEN_CURLY_BRACES:${:1", "T_STRING_VARNAME:name:1", "[", "T_LNUMBER:1:1",
        "]", "}", "T_ENCAPSED_AND_WHITESPACE: :1", "T_DOLLAR_OPEN_CURLY_BRACES:${:1",
        "T_VARIABLE:$expr:1", "}", "\"", ";"}));
}

TEST(LexerStream, InterpolationOffsetEndsEarly)
{
    EXPECT_EQ(dump("<?php \"$a[ 0]\"; \"$a[0\";"),
              Stream({
        "T_OPEN_TAG:<?php :1", "\"", "T_VARIABLE:$a:1", "[", "T_ENCAPSED_AND_WHITESPACE::1",
        "T_ENCAPSED_AND_WHITESPACE: 0]:1", "\"", ";", "T_WHITESPACE: :1", "\"",
        "T_VARIABLE:$a:1", "[", "T_NUM_STRING:0:1", "\"", ";"}));
}

TEST(LexerStream, NestedBracesInInterpolation)
{
    EXPECT_EQ(dump("<?php \"x{$a[\"k{$b}\"]} {$c[1]{2}} {$d(function () { return [1]; })}y\";"),
              Stream({
        "T_OPEN_TAG:<?php :1", "\"", "T_ENCAPSED_AND_WHITESPACE:x:1", "T_CURLY_OPEN:{:1",
        "T_VARIABLE:$a:1", "[", "\"", "T_ENCAPSED_AND_WHITESPACE:k:1", "T_CURLY_OPEN:{:1",
        "T_VARIABLE:$b:1", "}", "\"", "]", "}", "T_ENCAPSED_AND_WHITESPACE: :1",
        "T_CURLY_OPEN:{:1", "T_VARIABLE:$c:1", "[", "T_LNUMBER:1:1", "]", "{", "T_LNUMBER:2:1",
        "}", "}", "T_ENCAPSED_AND_WHITESPACE: :1", "T_CURLY_OPEN:{:1", "T_VARIABLE:$d:1", "(",
        "T_FUNCTION:function:1", "T_WHITESPACE: :1", "(", ")", "T_WHITESPACE: :1", "{",
        "T_WHITESPACE: :1", "T_RETURN:return:1", "T_WHITESPACE: :1", "[", "T_LNUMBER:1:1", "]",
        ";", "T_WHITESPACE: :1", "}", ")", "}", "T_ENCAPSED_AND_WHITESPACE:y:1", "\"", ";"}));
}

TEST(LexerStream, Backquote)
{
    EXPECT_EQ(dump("<?php `ls $a {$b} \\` x`;"),
              Stream({
        "T_OPEN_TAG:<?php :1", "`", "T_ENCAPSED_AND_WHITESPACE:ls :1", "T_VARIABLE:$a:1",
        "T_ENCAPSED_AND_WHITESPACE: :1", "T_CURLY_OPEN:{:1", "T_VARIABLE:$b:1", "}",
        "T_ENCAPSED_AND_WHITESPACE: \\` x:1", "`", ";"}));
}

TEST(LexerStream, Heredoc)
{
    EXPECT_EQ(dump("<?php\n$a = <<<EOT\n    a $x\n     b {$y}\n    EOT . 1;\n$b = <<<\"Q\"\nq\nQ;\n$c = <<<'N'\n  n\n  N;\n$d = <<<E\nE;\n"),
              Stream({
        "T_OPEN_TAG:<?php\n:1", "T_VARIABLE:$a:2", "T_WHITESPACE: :2", "=", "T_WHITESPACE: :2",
        "T_START_HEREDOC:<<<EOT\n:2", "T_ENCAPSED_AND_WHITESPACE:    a :3", "T_VARIABLE:$x:3",
        "T_ENCAPSED_AND_WHITESPACE:\n     b :3", "T_CURLY_OPEN:{:4", "T_VARIABLE:$y:4", "}",
        "T_ENCAPSED_AND_WHITESPACE:\n:4", "T_END_HEREDOC:    EOT:5", "T_WHITESPACE: :5", ".",
        "T_WHITESPACE: :5", "T_LNUMBER:1:5", ";", "T_WHITESPACE:\n:5", "T_VARIABLE:$b:6",
        "T_WHITESPACE: :6", "=", "T_WHITESPACE: :6", "T_START_HEREDOC:<<<\"Q\"\n:6",
        "T_ENCAPSED_AND_WHITESPACE:q\n:7", "T_END_HEREDOC:Q:8", ";", "T_WHITESPACE:\n:8",
        "T_VARIABLE:$c:9", "T_WHITESPACE: :9", "=", "T_WHITESPACE: :9",
        "T_START_HEREDOC:<<<'N'\n:9", "T_ENCAPSED_AND_WHITESPACE:  n\n:10",
        "T_END_HEREDOC:  N:11", ";", "T_WHITESPACE:\n:11", "T_VARIABLE:$d:12",
        "T_WHITESPACE: :12", "=", "T_WHITESPACE: :12", "T_START_HEREDOC:<<<E\n:12",
        "T_END_HEREDOC:E:13", ";", "T_WHITESPACE:\n:13"}));
}

TEST(LexerStream, HeredocLabelAtEndOfFileIsNotAMarker)
{
    EXPECT_EQ(dump("<?php echo <<<EOT\na\nEOT"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_ECHO:echo:1", "T_WHITESPACE: :1",
        "T_START_HEREDOC:<<<EOT\n:1", "T_ENCAPSED_AND_WHITESPACE:a\nEOT:2"}));
}

TEST(LexerStream, CloseTagNewline)
{
    EXPECT_EQ(dump("<?php ?>\n<?php ?>\r\n<?php ?>\r<?php ?>\n\nx"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_CLOSE_TAG:?>\n:1", "T_OPEN_TAG:<?php :2",
        "T_CLOSE_TAG:?>\r\n:2", "T_OPEN_TAG:<?php :3", "T_CLOSE_TAG:?>\r:3",
        "T_OPEN_TAG:<?php :4", "T_CLOSE_TAG:?>\n:4", "T_INLINE_HTML:\nx:5"}));
}

TEST(LexerStream, CrLfLines)
{
    EXPECT_EQ(dump("<?php\r\n$a = 1;\r\n/*\r\n*/\r\n$b = \"x\r\ny\";\r\n?>\r\nz"),
              Stream({
        "T_OPEN_TAG:<?php\r\n:1", "T_VARIABLE:$a:2", "T_WHITESPACE: :2", "=",
        "T_WHITESPACE: :2", "T_LNUMBER:1:2", ";", "T_WHITESPACE:\r\n:2",
        "T_COMMENT:/*\r\n*/:3", "T_WHITESPACE:\r\n:4", "T_VARIABLE:$b:5", "T_WHITESPACE: :5",
        "=", "T_WHITESPACE: :5", "T_CONSTANT_ENCAPSED_STRING:\"x\r\ny\":5", ";",
        "T_WHITESPACE:\r\n:6", "T_CLOSE_TAG:?>\r\n:7", "T_INLINE_HTML:z:8"}));
}

TEST(LexerStream, EnumAndYieldFrom)
{
    EXPECT_EQ(dump("<?php enum A {} enum extends; enum implements; enum; yield from $a; yield\nfrom $b; yield fromx; yield"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_ENUM:enum:1", "T_WHITESPACE: :1", "T_STRING:A:1",
        "T_WHITESPACE: :1", "{", "}", "T_WHITESPACE: :1", "T_STRING:enum:1",
        "T_WHITESPACE: :1", "T_EXTENDS:extends:1", ";", "T_WHITESPACE: :1", "T_STRING:enum:1",
        "T_WHITESPACE: :1", "T_IMPLEMENTS:implements:1", ";", "T_WHITESPACE: :1",
        "T_STRING:enum:1", ";", "T_WHITESPACE: :1", "T_YIELD_FROM:yield from:1",
        "T_WHITESPACE: :1", "T_VARIABLE:$a:1", ";", "T_WHITESPACE: :1",
        "T_YIELD_FROM:yield\nfrom:1", "T_WHITESPACE: :2", "T_VARIABLE:$b:2", ";",
        "T_WHITESPACE: :2", "T_YIELD:yield:2", "T_WHITESPACE: :2", "T_STRING:fromx:2", ";",
        "T_WHITESPACE: :2", "T_YIELD:yield:2"}));
}

TEST(LexerStream, HaltCompiler)
{
    EXPECT_EQ(dump("<?php\n__halt_compiler();\ndata <?php $x"),
              Stream({
        "T_OPEN_TAG:<?php\n:1", "T_HALT_COMPILER:__halt_compiler:2", "(", ")", ";",
        "T_INLINE_HTML:\ndata <?php $x:2"}));
}

TEST(LexerStream, BadCharacters)
{
    EXPECT_EQ(dump("<?php \x01"" \x00"" \x7f"" $ @"sv),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_BAD_CHARACTER:\x01"":1", "T_WHITESPACE: :1",
        "T_BAD_CHARACTER:\x00"":1"s, "T_WHITESPACE: :1", "T_BAD_CHARACTER:\x7f"":1",
        "T_WHITESPACE: :1", "$", "T_WHITESPACE: :1", "@"}));
}

TEST(LexerStream, AttributesNest)
{
    EXPECT_EQ(dump("<?php #[A([1, 2])] #[\nB]\nfunction f() {}"),
              Stream({
        "T_OPEN_TAG:<?php :1", "T_ATTRIBUTE:#[:1", "T_STRING:A:1", "(", "[", "T_LNUMBER:1:1",
        ",", "T_WHITESPACE: :1", "T_LNUMBER:2:1", "]", ")", "]", "T_WHITESPACE: :1",
        "T_ATTRIBUTE:#[:1", "T_WHITESPACE:\n:1", "T_STRING:B:2", "]", "T_WHITESPACE:\n:2",
        "T_FUNCTION:function:3", "T_WHITESPACE: :3", "T_STRING:f:3", "(", ")",
        "T_WHITESPACE: :3", "{", "}"}));
}

// ---- values ----------------------------------------------------------------------------

TEST(LexerValues, IntegerLiterals)
{
    struct Case {
        const char* source;
        int64_t value;
    } cases[] = {
        {"<?php 0777;", 511},        {"<?php 0o17;", 15},         {"<?php 0O1_7;", 15},
        {"<?php 0b101;", 5},         {"<?php 0x1F;", 31},         {"<?php 0X_1f;", 0},
        {"<?php 1_000_000;", 1000000}, {"<?php 0;", 0},           {"<?php 00000000000000000000001;", 1},
        {"<?php 0x7FFFFFFFFFFFFFFF;", INT64_MAX}, {"<?php 9223372036854775807;", INT64_MAX},
        {"<?php 0o777777777777777777777;", INT64_MAX},
        {"<?php 0b111111111111111111111111111111111111111111111111111111111111111;", INT64_MAX},
    };
    for (const Case& c : cases) {
        std::vector<Token> all = tokens(c.source);
        ASSERT_GE(all.size(), 2u) << c.source;
        if (std::string_view(c.source) == "<?php 0X_1f;") {
            // "0X_1f" is not a hex literal: 0 followed by the name X_1f.
            EXPECT_EQ(all[1].kind, T_LNUMBER);
            EXPECT_EQ(all[2].kind, T_STRING);
            continue;
        }
        EXPECT_EQ(all[1].kind, T_LNUMBER) << c.source;
        EXPECT_TRUE(all[1].has_int_value) << c.source;
        EXPECT_EQ(all[1].int_value, c.value) << c.source;
    }
}

TEST(LexerValues, IntegerOverflowBecomesDouble)
{
    struct Case {
        const char* source;
        double value;
    } cases[] = {
        {"<?php 9223372036854775808;", 9223372036854775808.0},
        {"<?php 0x8000000000000000;", 9223372036854775808.0},
        {"<?php 0xFFFFFFFFFFFFFFFF;", 18446744073709551616.0},
        {"<?php 01777777777777777777777;", 18446744073709551616.0},
        {"<?php 0o2000000000000000000000;", 18446744073709551616.0},
        // php accumulates binary digits as value * 2 + c - '0': two roundings per digit.
        {"<?php 0b1111111111111111111111111111111111111111111111111111111111111111;",
         18446744073709549568.0},
    };
    for (const Case& c : cases) {
        Token token = tokens(c.source)[1];
        EXPECT_EQ(token.kind, T_DNUMBER) << c.source;
        EXPECT_EQ(token.double_value, c.value) << c.source;
    }
}

TEST(LexerValues, FloatLiterals)
{
    EXPECT_EQ(first("<?php 1e3;", T_DNUMBER).double_value, 1000.0);
    EXPECT_EQ(first("<?php .5;", T_DNUMBER).double_value, 0.5);
    EXPECT_EQ(first("<?php 1.;", T_DNUMBER).double_value, 1.0);
    EXPECT_EQ(first("<?php 1_0.2_5E-1_0;", T_DNUMBER).double_value, 10.25e-10);
    EXPECT_EQ(first("<?php 0.1;", T_DNUMBER).double_value, 0.1);
    EXPECT_EQ(first("<?php 1e400;", T_DNUMBER).double_value, HUGE_VAL);
    EXPECT_EQ(first("<?php 1e-400;", T_DNUMBER).double_value, 0.0);
}

TEST(LexerValues, NamesAndVariables)
{
    EXPECT_EQ(first("<?php $abc;", T_VARIABLE).string_value, "abc");
    EXPECT_EQ(first("<?php Foo;", T_STRING).string_value, "Foo");
    EXPECT_EQ(first("<?php A\\B;", T_NAME_QUALIFIED).string_value, "A\\B");
    EXPECT_EQ(first("<?php \\A\\B;", T_NAME_FULLY_QUALIFIED).string_value, "A\\B");
    EXPECT_EQ(first("<?php namespace\\A\\B;", T_NAME_RELATIVE).string_value, "A\\B");
    EXPECT_EQ(first("<?php \"${abc}\";", T_STRING_VARNAME).string_value, "abc");
    EXPECT_EQ(first("<?php $a->list;", T_STRING).string_value, "list");
    EXPECT_EQ(first("x<?php", T_INLINE_HTML).string_value, "x");
    EXPECT_EQ(first("<?php <<<EOT\nEOT;", T_START_HEREDOC).string_value, "EOT");
}

TEST(LexerValues, SingleQuotedEscapes)
{
    EXPECT_EQ(first("<?php 'a\\'b\\\\c\\n\\x';", T_CONSTANT_ENCAPSED_STRING).string_value,
              "a'b\\c\\n\\x");
    EXPECT_EQ(first("<?php b'x';", T_CONSTANT_ENCAPSED_STRING).string_value, "x");
    EXPECT_EQ(first("<?php '';", T_CONSTANT_ENCAPSED_STRING).string_value, "");
}

TEST(LexerValues, DoubleQuotedEscapes)
{
    auto value = [](const char* source) {
        return first(source, T_CONSTANT_ENCAPSED_STRING).string_value;
    };
    EXPECT_EQ(value("<?php \"\\n\\t\\r\\v\\e\\f\\\\\\$\\\"\";"), "\n\t\r\v\x1b\f\\$\"");
    EXPECT_EQ(value("<?php \"\\x41\\x4g\\X4a\\xg\";"), "A\x04gJ\\xg");
    EXPECT_EQ(value("<?php \"\\101\\0\\12a\";"), std::string("A\0\na", 4));
    // Three-digit octal escapes above \377 wrap around to a byte.
    EXPECT_EQ(value("<?php \"\\400\\777\";"), std::string("\0\xff", 2));
    EXPECT_EQ(value("<?php \"\\u{1F600}\\u{41}\\u{0000e9}\";"), "\xf0\x9f\x98\x80" "A\xc3\xa9");
    // "\u" without a brace and unknown escapes stay as written; so does \' in "...".
    EXPECT_EQ(value("<?php \"\\u202e\\q\\'\\`\";"), "\\u202e\\q\\'\\`");
    EXPECT_EQ(value("<?php \"$ 1 { $ a} {\\$a}\";"), "$ 1 { $ a} {$a}");
}

TEST(LexerValues, InterpolationPieces)
{
    EXPECT_EQ(pieces("<?php \"a\\n$x b\\t{$y}c\";"),
              (std::vector<std::string>{"a\n", " b\t", "c"}));
    EXPECT_EQ(pieces("<?php `ls \\` \\\" $x`;"), (std::vector<std::string>{"ls ` \\\" "}));
}

TEST(LexerValues, NumStringOffsets)
{
    Token twelve = first("<?php \"$a[12]\";", T_NUM_STRING);
    EXPECT_TRUE(twelve.has_int_value);
    EXPECT_EQ(twelve.int_value, 12);
    EXPECT_EQ(twelve.string_value, "12");
    EXPECT_TRUE(first("<?php \"$a[0]\";", T_NUM_STRING).has_int_value);
    EXPECT_TRUE(first("<?php \"$a[9223372036854775807]\";", T_NUM_STRING).has_int_value);
    // php keeps these keys as strings.
    EXPECT_FALSE(first("<?php \"$a[012]\";", T_NUM_STRING).has_int_value);
    EXPECT_FALSE(first("<?php \"$a[9223372036854775808]\";", T_NUM_STRING).has_int_value);
    EXPECT_FALSE(first("<?php \"$a[0x1]\";", T_NUM_STRING).has_int_value);
    EXPECT_EQ(first("<?php \"$a[0x1]\";", T_NUM_STRING).string_value, "0x1");
}

TEST(LexerValues, HeredocIndentationIsRemoved)
{
    EXPECT_EQ(pieces("<?php\n$a = <<<EOT\n    a $x\n     b\n\n    c\n    EOT;\n"),
              (std::vector<std::string>{"a ", "\n b\n\nc"}));
    EXPECT_EQ(pieces("<?php\n$a = <<<EOT\n\t\ta\n\t\t\tb\n\t\tEOT;\n"),
              (std::vector<std::string>{"a\n\tb"}));
    // Heredoc keeps \" as written; the newline before the marker is not part of the value.
    EXPECT_EQ(pieces("<?php <<<EOT\n  \\\"\\$x\\101\n  EOT;"), (std::vector<std::string>{"\\\"$xA"}));
    EXPECT_EQ(pieces("<?php <<<'EOT'\n    a $x\\n\n      b\n    EOT;"),
              (std::vector<std::string>{"a $x\\n\n  b"}));
    EXPECT_EQ(pieces("<?php <<<EOT\r\n  a\r\n  EOT;"), (std::vector<std::string>{"a"}));
    EXPECT_EQ(pieces("<?php <<<EOT\n\nEOT;"), (std::vector<std::string>{""}));
}

TEST(LexerValues, HeredocClosingMarkerFollowedByCode)
{
    EXPECT_EQ(dump("<?php f(<<<A\n  x\n  A, 1);"),
              Stream({"T_OPEN_TAG:<?php :1", "T_STRING:f:1", "(", "T_START_HEREDOC:<<<A\n:1",
                      "T_ENCAPSED_AND_WHITESPACE:  x\n:2", "T_END_HEREDOC:  A:3", ",",
                      "T_WHITESPACE: :3", "T_LNUMBER:1:3", ")", ";"}));
}

// ---- errors ------------------------------------------------------------------------------

TEST(LexerErrors, UnterminatedComment)
{
    // php 8 throws a ParseError naming the line where the comment starts.
    EXPECT_EQ(scan_error("<?php\n\n/* abc\n\n\n"), (ScanError{"Unterminated comment starting line 3", 3}));
    EXPECT_EQ(scan_error("<?php\n/** doc"), (ScanError{"Unterminated comment starting line 2", 2}));
}

TEST(LexerErrors, InvalidNumericLiteral)
{
    EXPECT_EQ(scan_error("<?php\n$a = 0\n\n\n;1+08;"), (ScanError{"Invalid numeric literal", 5}));
    EXPECT_EQ(scan_error("<?php 0_9;"), (ScanError{"Invalid numeric literal", 1}));
    EXPECT_EQ(scan_error("<?php 09.5;"), (ScanError{"<no error>", 1})); // a float
}

TEST(LexerErrors, RealCastWasRemoved)
{
    EXPECT_EQ(scan_error("<?php\n$x = ( REAL\t) 1;"),
              (ScanError{"The (real) cast has been removed, use (float) instead", 2}));
    EXPECT_EQ(dump("<?php (real)", tokenizer_mode()),
              Stream({"T_OPEN_TAG:<?php :1", "T_DOUBLE_CAST:(real):1"}));
}

TEST(LexerErrors, UnicodeEscapes)
{
    EXPECT_EQ(scan_error("<?php\n$a = \"a\n\n\\u{zz}\n\";"),
              (ScanError{"Invalid UTF-8 codepoint escape sequence", 4}));
    EXPECT_EQ(scan_error("<?php \"\\u{}\";"), (ScanError{"Invalid UTF-8 codepoint escape sequence", 1}));
    EXPECT_EQ(scan_error("<?php \"\\u{41\";"), (ScanError{"Invalid UTF-8 codepoint escape sequence", 1}));
    EXPECT_EQ(scan_error("<?php\n$a = \"a\n\n\\u{110000}\n\";"),
              (ScanError{"Invalid UTF-8 codepoint escape sequence: Codepoint too large", 4}));
    EXPECT_EQ(scan_error("<?php \"\\u{FFFFFFFFFFFFFFFFFFFFFFFF}\";"),
              (ScanError{"Invalid UTF-8 codepoint escape sequence: Codepoint too large", 1}));
    EXPECT_EQ(scan_error("<?php\n$a = \"x $b\n\n \\u{zz}\";"),
              (ScanError{"Invalid UTF-8 codepoint escape sequence", 4}));
    EXPECT_EQ(scan_error("<?php\n$a = <<<EOT\n  a\n  $x\n\n  \\u{zz}\n  EOT;"),
              (ScanError{"Invalid UTF-8 codepoint escape sequence", 6}));
}

TEST(LexerErrors, OctalOverflowWarns)
{
    Lexer lexer("<?php\n$a = \"\\400\";\n$b = <<<E\n  x\\777\n  E;\n$c = '\\400';");
    while (lexer.next().kind != END) {
    }
    ASSERT_EQ(lexer.warnings().size(), 2u);
    EXPECT_EQ(lexer.warnings()[0].message, "Octal escape sequence overflow \\400 is greater than \\377");
    EXPECT_EQ(lexer.warnings()[0].line, 2u);
    EXPECT_EQ(lexer.warnings()[1].message, "Octal escape sequence overflow \\777 is greater than \\377");
    EXPECT_EQ(lexer.warnings()[1].line, 4u);
}

TEST(LexerErrors, BracketNesting)
{
    EXPECT_EQ(scan_error("<?php\n{\n\n"), (ScanError{"Unclosed '{' on line 2", 4}));
    EXPECT_EQ(scan_error("<?php {"), (ScanError{"Unclosed '{'", 1}));
    EXPECT_EQ(scan_error("<?php\n(\n\n]"), (ScanError{"Unclosed '(' on line 2 does not match ']'", 4}));
    EXPECT_EQ(scan_error("<?php\n(]"), (ScanError{"Unclosed '(' does not match ']'", 2}));
    EXPECT_EQ(scan_error("<?php\n\n\n)"), (ScanError{"Unmatched ')'", 4}));
    EXPECT_EQ(scan_error("<?php ?>x<?php }"), (ScanError{"Unmatched '}'", 1}));
    EXPECT_EQ(scan_error("<?php\n#[A\n\n"), (ScanError{"Unclosed '[' on line 2", 4}));
    EXPECT_EQ(scan_error("<?php\n$a = \"{$b[}\";"), (ScanError{"Unclosed '[' does not match '}'", 2}));
    EXPECT_EQ(scan_error("<?php \"${a\n\n"), (ScanError{"Unclosed '{' on line 1", 3}));
    // Brackets of interpolations and code nest together.
    EXPECT_EQ(scan_error("<?php \"{$a[(1)]}${b}\"; { [ ( ) ] }"), (ScanError{"<no error>", 1}));
}

TEST(LexerErrors, HeredocIndentation)
{
    EXPECT_EQ(scan_error("<?php\n$a = <<<EOT\n  a\n b\n\n  EOT;\n"),
              (ScanError{"Invalid body indentation level (expecting an indentation level of at least 2)", 4}));
    EXPECT_EQ(scan_error("<?php\n$a = <<<EOT\n  a\n  $x b\n c\n  EOT;\n"),
              (ScanError{"Invalid body indentation level (expecting an indentation level of at least 2)", 5}));
    EXPECT_EQ(scan_error("<?php\n$a = <<<EOT\n  a\n\n \t EOT;\n"),
              (ScanError{"Invalid indentation - tabs and spaces cannot be mixed", 3}));
    EXPECT_EQ(scan_error("<?php\n$a = <<<EOT\n \ta\n\n  EOT;\n"),
              (ScanError{"Invalid indentation - tabs and spaces cannot be mixed", 3}));
    EXPECT_EQ(scan_error("<?php\n$a = <<<EOT\n \t EOT;\n"),
              (ScanError{"Invalid indentation - tabs and spaces cannot be mixed", 3}));
    EXPECT_EQ(scan_error("<?php\n$a = <<<'EOT'\n  a\n b\n  EOT;\n"),
              (ScanError{"Invalid body indentation level (expecting an indentation level of at least 2)", 4}));
    // A body that starts with an interpolation left of the marker's indentation: php
    // reports this one "in [no active file] on line 0".
    EXPECT_EQ(scan_error("<?php\n$a = <<<EOT\n$x\n\n  EOT;\n"),
              (ScanError{"Invalid body indentation level (expecting an indentation level of at least 2)", 0}));
    EXPECT_EQ(scan_error("<?php\n$a = <<<EOT\n{$x}\n  EOT;\n"),
              (ScanError{"Invalid body indentation level (expecting an indentation level of at least 2)", 0}));
}

TEST(LexerErrors, LexerStopsAfterAnError)
{
    Lexer lexer("<?php 08; 1;");
    EXPECT_EQ(lexer.next().kind, T_OPEN_TAG);
    EXPECT_EQ(lexer.next().kind, T_ERROR);
    EXPECT_EQ(lexer.error(), "Invalid numeric literal");
    EXPECT_EQ(lexer.next().kind, END);
    EXPECT_EQ(lexer.next().kind, END);
}

TEST(LexerErrors, TokenizerModeCarriesOn)
{
    // As token_get_all() without TOKEN_PARSE: no T_ERROR, the scanner just continues.
    EXPECT_EQ(dump("<?php 08; /* x", tokenizer_mode()),
              Stream({"T_OPEN_TAG:<?php :1", "T_LNUMBER:08:1", ";", "T_WHITESPACE: :1",
                      "T_COMMENT:/* x:1"}));
    EXPECT_EQ(dump("<?php ( ] ) {", tokenizer_mode()),
              Stream({"T_OPEN_TAG:<?php :1", "(", "T_WHITESPACE: :1", "]", "T_WHITESPACE: :1", ")",
                      "T_WHITESPACE: :1", "{"}));
    Lexer lexer("<?php {", tokenizer_mode());
    while (lexer.next().kind != END) {
    }
    EXPECT_TRUE(lexer.error().empty());
}

// ---- lines -------------------------------------------------------------------------------

TEST(LexerLines, TokenStartAndEndLines)
{
    std::vector<Token> all = tokens("<?php\n$a = \"x\ny\nz\"; /*\n\n*/ $b;");
    const Token& string = all[5];
    ASSERT_EQ(string.kind, T_CONSTANT_ENCAPSED_STRING);
    EXPECT_EQ(string.line, 2u);
    EXPECT_EQ(string.end_line, 4u);
    const Token& comment = all[8];
    ASSERT_EQ(comment.kind, T_COMMENT);
    EXPECT_EQ(comment.line, 4u);
    EXPECT_EQ(comment.end_line, 6u);
}

TEST(LexerLines, CurrentLineIsWherePhpReportsSyntaxErrors)
{
    // php reports "unexpected double-quoted string" on line 4: the string's last line.
    Lexer lexer("<?php\n1 \"a\nb\nc\";");
    EXPECT_EQ(lexer.next_for_parser().kind, T_LNUMBER);
    EXPECT_EQ(lexer.current_line(), 2u);
    EXPECT_EQ(lexer.next_for_parser().kind, T_CONSTANT_ENCAPSED_STRING);
    EXPECT_EQ(lexer.current_line(), 4u);

    // The newline of "?>\n" is counted only when the next token is read: php reports an
    // unexpected "?>" on the line of the tag.
    Lexer close("<?php\n$a = ?>\nabc");
    close.next_for_parser();
    close.next_for_parser();
    Token semicolon = close.next_for_parser();
    EXPECT_EQ(semicolon.kind, ';');
    EXPECT_EQ(semicolon.text, "?>\n");
    EXPECT_EQ(close.current_line(), 2u);
    Token html = close.next_for_parser();
    EXPECT_EQ(html.kind, T_INLINE_HTML);
    EXPECT_EQ(html.line, 3u);

    // Skipped whitespace and comments before a token count: "unexpected integer" on line 4.
    Lexer skipped("<?php\n1 /* \n\n */ 2;");
    skipped.next_for_parser();
    skipped.next_for_parser();
    EXPECT_EQ(skipped.current_line(), 4u);

    // A heredoc start already counts its newline; the closing marker is on the next line.
    Lexer heredoc("<?php\n$a = <<<A\nx\nA A;");
    std::vector<uint32_t> lines;
    for (Token t = heredoc.next_for_parser(); t.kind != END; t = heredoc.next_for_parser())
        lines.push_back(heredoc.current_line());
    EXPECT_EQ(lines, (std::vector<uint32_t>{2, 2, 3, 3, 4, 4, 4}));
}

// ---- parser interface ----------------------------------------------------------------------

TEST(LexerParser, SkipsTriviaAndTranslatesTags)
{
    Lexer lexer("<?php /* c */ # d\n echo 1 ?>\nx<?= 2;");
    std::vector<int> kinds;
    for (Token t = lexer.next_for_parser(); t.kind != END; t = lexer.next_for_parser())
        kinds.push_back(t.kind);
    EXPECT_EQ(kinds, (std::vector<int>{T_ECHO, T_LNUMBER, ';', T_INLINE_HTML, T_ECHO, T_LNUMBER, ';'}));
}

TEST(LexerParser, HaltCompilerStopsScanning)
{
    std::string source = "<?php\necho __COMPILER_HALT_OFFSET__;\n__halt_compiler();abc<?php }";
    Lexer lexer(source);
    std::vector<int> kinds;
    for (Token t = lexer.next_for_parser(); t.kind != END; t = lexer.next_for_parser())
        kinds.push_back(t.kind);
    EXPECT_EQ(kinds, (std::vector<int>{T_ECHO, T_STRING, ';', T_HALT_COMPILER, '(', ')', ';'}));
    EXPECT_TRUE(lexer.halted());
    EXPECT_EQ(lexer.halt_offset(), source.find("abc")); // php prints 55

    // "?>\n" can end it too; its newline is part of the halt sequence.
    std::string closed = "<?php __halt_compiler() ?>\nraw";
    Lexer by_tag(closed);
    while (by_tag.next_for_parser().kind != END) {
    }
    EXPECT_EQ(by_tag.halt_offset(), closed.find("raw"));

    // token_get_all() returns the rest as one T_INLINE_HTML on the line of the last token.
    EXPECT_EQ(dump("<?php\n__halt_compiler /**/ ( )\n;\ndata\x00<?php {"sv),
              Stream({"T_OPEN_TAG:<?php\n:1", "T_HALT_COMPILER:__halt_compiler:2", "T_WHITESPACE: :2",
                      "T_COMMENT:/**/:2", "T_WHITESPACE: :2", "(", "T_WHITESPACE: :2", ")",
                      "T_WHITESPACE:\n:2", ";", "T_INLINE_HTML:\ndata\0<?php {:3"s}));
}

TEST(LexerSettings, ShortOpenTagOff)
{
    LexerOptions options;
    options.short_open_tag = false;
    EXPECT_EQ(dump("a<? echo 1; ?>b<?phpx <?= 2 ?>", options),
              Stream({"T_INLINE_HTML:a<? echo 1; ?>b<?phpx :1", "T_OPEN_TAG_WITH_ECHO:<?=:1",
                      "T_WHITESPACE: :1", "T_LNUMBER:2:1", "T_WHITESPACE: :1", "T_CLOSE_TAG:?>:1"}));
}

TEST(LexerSettings, ShebangLineIsSkippedForScripts)
{
    LexerOptions options;
    options.skip_shebang = true;
    EXPECT_EQ(dump("#!/usr/bin/env php\n<?php echo __LINE__;", options),
              Stream({"T_OPEN_TAG:<?php :2", "T_ECHO:echo:2", "T_WHITESPACE: :2", "T_LINE:__LINE__:2", ";"}));
    EXPECT_EQ(dump("<?php 1;", options), Stream({"T_OPEN_TAG:<?php :1", "T_LNUMBER:1:1", ";"}));
    // Included files and token_get_all() keep the line as inline HTML.
    EXPECT_EQ(dump("#!php\n<?php"), Stream({"T_INLINE_HTML:#!php\n:1", "T_OPEN_TAG:<?php:2"}));
}

TEST(LexerTokenNames, MatchPhp)
{
    EXPECT_EQ(token_name(T_VARIABLE), "T_VARIABLE");
    EXPECT_EQ(token_name(T_PAAMAYIM_NEKUDOTAYIM), "T_DOUBLE_COLON");
    EXPECT_EQ(token_name(T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG), "T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG");
    EXPECT_EQ(token_name(T_BAD_CHARACTER), "T_BAD_CHARACTER");
    EXPECT_EQ(token_name(';'), ";");
    EXPECT_EQ(token_name(END), "END");
    EXPECT_EQ(token_name(T_ERROR), "T_ERROR");
    EXPECT_EQ(php_token_name(T_LNUMBER), "T_LNUMBER");
    EXPECT_EQ(php_token_name(';'), "UNKNOWN");
    EXPECT_EQ(php_token_name(END), "UNKNOWN");
    EXPECT_EQ(php_token_name(T_ERROR), "UNKNOWN");
    EXPECT_EQ(php_token_name(T_PAAMAYIM_NEKUDOTAYIM), "T_DOUBLE_COLON");
}

TEST(LexerText, TokenTextPointsIntoTheSource)
{
    std::string source = "<?php $abc;";
    Lexer lexer(source);
    lexer.next();
    Token variable = lexer.next();
    EXPECT_EQ(variable.text.data(), source.data() + 6);
    EXPECT_EQ(variable.text.size(), 4u);
}

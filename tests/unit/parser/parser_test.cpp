// parse(): line numbers, doc comments, warnings, __halt_compiler, and php's own
// parse errors for a table of broken snippets.
//
// Every expected error below was printed by `php -n -l` (PHP 8.2) for the same
// source: the message after "Parse error: " (or "Fatal error: "), and the line.
#include <gtest/gtest.h>

#include <string>

#include "parser/parser.h"

using miniphp::parser::dump;
using miniphp::parser::NodeKind;
using miniphp::parser::parse;

TEST(Parser, LineNumbers)
{
    // Nodes take the line of their first child; declarations span start to end.
    EXPECT_EQ(dump(parse("<?php\n$a =\n  1 +\n  f(\n2);\nfunction g()\n{\n}\n").ast->root, true),
              R"(StmtList @1
  Assign @2
    Var @2
      Zval "a" @2
    BinaryOp Add @3
      Zval 1 @3
      Call @4
        Zval "f" @4
        ArgList @5
          Zval 2 @5
  FuncDecl "g" @6-8
    ParamList @6
    null
    StmtList @7
    null
    null
)");
}

TEST(Parser, DocComments)
{
    auto result = parse("<?php\n/** class doc */\nclass A {\n  /** method doc */\n  function m() {}\n}\n"
                        "/* plain */ function f() {}\n/** kept */ $x = 1; function g() {}\n");
    ASSERT_TRUE(result.ok());
    const auto& top = result.ast->root->children;
    ASSERT_EQ(top.size(), 4u);
    EXPECT_EQ(top[0]->doc_comment, "/** class doc */");
    EXPECT_EQ(top[0]->child(2)->child(0)->doc_comment, "/** method doc */");
    EXPECT_EQ(top[1]->doc_comment, "");
    // zend keeps a doc comment pending until a declaration takes it.
    EXPECT_EQ(top[3]->doc_comment, "/** kept */");
}

TEST(Parser, HaltCompilerOffsetPointsAfterTheSemicolon)
{
    std::string source = "<?php __halt_compiler(); data { not php";
    auto result = parse(source);
    ASSERT_TRUE(result.ok());
    const auto* halt = result.ast->root->child(0);
    ASSERT_EQ(halt->kind, NodeKind::HaltCompiler);
    EXPECT_EQ(halt->child(0)->int_value, static_cast<int64_t>(source.find(" data")));
}

TEST(Parser, ShebangLineIsSkippedWithTheOption)
{
    miniphp::lexer::LexerOptions options;
    options.skip_shebang = true;
    auto result = parse("#!/usr/bin/env php\n<?php\necho 1 2;\n", options);
    EXPECT_EQ(result.error, "syntax error, unexpected integer \"2\", expecting \",\" or \";\"");
    EXPECT_EQ(result.error_line, 3u);
}

TEST(Parser, EncodingDeclarationWarns)
{
    auto result = parse("<?php\ndeclare(encoding=\"UTF-8\");\n");
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_EQ(result.warnings[0].message,
              "declare(encoding=...) ignored because Zend multibyte feature is turned off by settings");
    EXPECT_EQ(result.warnings[0].line, 2u);

    auto literal = parse("<?php\ndeclare(encoding=FOO);\n");
    EXPECT_EQ(literal.error, "Encoding must be a literal");
    EXPECT_TRUE(literal.error_is_fatal);
    EXPECT_EQ(literal.error_line, 2u);
}

TEST(Parser, LexerWarningsArePassedOn)
{
    auto result = parse("<?php\n\n$a = \"\\400\";\n");
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.warnings.size(), 1u);
    EXPECT_EQ(result.warnings[0].message, "Octal escape sequence overflow \\400 is greater than \\377");
    EXPECT_EQ(result.warnings[0].line, 3u);
}

TEST(Parser, BadCharacterIsNamedByItsCode)
{
    auto result = parse(std::string("<?php\necho 1 \x01;\n"));
    EXPECT_EQ(result.error, "syntax error, unexpected character 0x01, expecting \",\" or \";\"");
    EXPECT_EQ(result.error_line, 2u);
}

struct ErrorCase {
    const char* source;
    const char* error;
    uint32_t line;
    bool fatal;
};

// From `php -n -l` on each source (PHP 8.2).
const ErrorCase kErrorCases[] = {
    {R"php(<?php 1 2;)php",
     "syntax error, unexpected integer \"2\"", 1, false},
    {R"php(<?php
echo 1 echo 2;)php",
     "syntax error, unexpected token \"echo\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
f(1;)php",
     "syntax error, unexpected token \";\", expecting \")\"", 2, false},
    {R"php(<?php
$x = ;)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
function 1() {})php",
     "syntax error, unexpected integer \"1\", expecting \"(\"", 2, false},
    {R"php(<?php
if ($x) { echo 1;)php",
     "Unclosed '{'", 2, false},
    {R"php(<?php
echo "a" "b";)php",
     "syntax error, unexpected double-quoted string \"b\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
if ($x {
  echo 1;
})php",
     "syntax error, unexpected token \"echo\"", 3, false},
    {R"php(<?php
else { echo 1; })php",
     "syntax error, unexpected token \"else\", expecting end of file", 2, false},
    {R"php(<?php
function f($a $b) {})php",
     "syntax error, unexpected variable \"$b\", expecting \")\"", 2, false},
    {R"php(<?php
for ($i = 0; $i < 3 $i++) {})php",
     "syntax error, unexpected variable \"$i\", expecting \";\"", 2, false},
    {R"php(<?php
echo 'x')php",
     "syntax error, unexpected end of file, expecting \",\" or \";\"", 2, false},
    {R"php(<?php
while (true) { break; )php",
     "Unclosed '{'", 2, false},
    {R"php(<?php
$a = [1, 2;)php",
     "syntax error, unexpected token \";\", expecting \"]\"", 2, false},
    {R"php(<?php
class { })php",
     "syntax error, unexpected token \"{\", expecting identifier", 2, false},
    {R"php(<?php
switch ($x) { case 1 echo 1; })php",
     "syntax error, unexpected token \"echo\"", 2, false},
    {R"php(<?php
$x = "$a[1 ]";)php",
     "syntax error, unexpected string content \"\", expecting \"]\"", 2, false},
    {R"php(<?php
echo 'this is a very long string literal of forty chars' 1;)php",
     "syntax error, unexpected integer \"1\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo "this is a very long string literal of forty chars" 1;)php",
     "syntax error, unexpected integer \"1\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo 1 abcdefghijklmnopqrstuvwxyz0123456789abcdef;)php",
     "syntax error, unexpected identifier \"abcdefghijklmnopqrstuvwxyz0123...\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo 1.5 2;)php",
     "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo 1 1.5;)php",
     "syntax error, unexpected floating-point number \"1.5\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo 1 $x;)php",
     "syntax error, unexpected variable \"$x\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo 1
foo
bar;)php",
     "syntax error, unexpected identifier \"foo\", expecting \",\" or \";\"", 3, false},
    {R"php(<?php
$a = (1 + 2;)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
$a = [1 => 2 => 3];)php",
     "syntax error, unexpected token \"=>\", expecting \"]\"", 2, false},
    {R"php(<?php
function f() { return 1 })php",
     "syntax error, unexpected token \"}\", expecting \";\"", 2, false},
    {R"php(<?php
class A { public function f() })php",
     "syntax error, unexpected token \"}\", expecting \";\" or \"{\"", 2, false},
    {R"php(<?php
class A { function })php",
     "syntax error, unexpected token \"}\"", 2, false},
    {R"php(<?php
class A { public $x })php",
     "syntax error, unexpected token \"}\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
class A extends { })php",
     "syntax error, unexpected token \"{\"", 2, false},
    {R"php(<?php
interface I { public function f() {} )php",
     "Unclosed '{'", 2, false},
    {R"php(<?php
$x->;)php",
     "syntax error, unexpected token \";\", expecting identifier or variable or \"{\" or \"$\"", 2, false},
    {R"php(<?php
$x::;)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
new;)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
foreach ($a as) {})php",
     "syntax error, unexpected token \")\"", 2, false},
    {R"php(<?php
try { } catch { })php",
     "syntax error, unexpected token \"{\", expecting \"(\"", 2, false},
    {R"php(<?php
match ($x) { 1 => 2 3 => 4 };)php",
     "syntax error, unexpected integer \"3\", expecting \"}\"", 2, false},
    {R"php(<?php
$f = fn($x) => ;)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
$f = function() use { };)php",
     "syntax error, unexpected token \"{\", expecting \"(\"", 2, false},
    {R"php(<?php
use A\B as;)php",
     "syntax error, unexpected token \";\", expecting identifier", 2, false},
    {R"php(<?php
namespace;)php",
     "syntax error, unexpected token \";\", expecting \"{\"", 2, false},
    {R"php(<?php
const X;)php",
     "syntax error, unexpected token \";\", expecting \"=\"", 2, false},
    {R"php(<?php
global 1;)php",
     "syntax error, unexpected integer \"1\", expecting variable or \"$\"", 2, false},
    {R"php(<?php
unset();)php",
     "syntax error, unexpected token \")\"", 2, false},
    {R"php(<?php
$x = 1 ? 2;)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
do { } while ($x))php",
     "syntax error, unexpected end of file, expecting \";\"", 2, false},
    {R"php(<?php
echo \;)php",
     "syntax error, unexpected token \"\\\"", 2, false},
    {R"php(<?php
echo $a & ;)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
$x = "abc $x def" 1;)php",
     "syntax error, unexpected integer \"1\"", 2, false},
    {R"php(<?php
function &() {})php",
     "syntax error, unexpected end of file", 2, false},
    {R"php(<?php
abstract final class A {})php",
     "Cannot use the final modifier on an abstract class", 2, true},
    {R"php(<?php
final final class A {})php",
     "Multiple final modifiers are not allowed", 2, true},
    {R"php(<?php
class A { public private $x; })php",
     "Multiple access type modifiers are not allowed", 2, true},
    {R"php(<?php
class A { static static function f() {} })php",
     "Multiple static modifiers are not allowed", 2, true},
    {R"php(<?php
class A { abstract final function f(); })php",
     "Cannot use the final modifier on an abstract class member", 2, true},
    {R"php(<?php
class A { readonly readonly int $x; })php",
     "Multiple readonly modifiers are not allowed", 2, true},
    {R"php(<?php
class A {
    public function __construct(public public $x) {}
})php",
     "Multiple access type modifiers are not allowed", 3, true},
    {R"php(<?php
function f() {

  __halt_compiler();
})php",
     "__HALT_COMPILER() can only be used from the outermost scope", 4, true},
    {R"php(<?php
enum E { case; })php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
#[Attr
function f() {})php",
     "syntax error, unexpected token \"function\", expecting \"]\"", 3, false},
    {R"php(<?php
#[Attr] $x = 1;)php",
     "syntax error, unexpected variable \"$x\"", 2, false},
    {R"php(<?php
$x = (int);)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
yield 1 2;)php",
     "syntax error, unexpected integer \"2\"", 2, false},
    {R"php(<?php
if (1): echo 1; )php",
     "syntax error, unexpected end of file, expecting \"elseif\" or \"else\" or \"endif\"", 2, false},
    {R"php(<?php
for (;;): echo 1; endwhile;)php",
     "syntax error, unexpected token \"endwhile\"", 2, false},
    {R"php(<?php
function f(int|) {})php",
     "syntax error, unexpected token \")\"", 2, false},
    {R"php(<?php
function f(A&) {})php",
     "syntax error, unexpected token \")\"", 2, false},
    {R"php(<?php
function f(): {})php",
     "syntax error, unexpected token \"{\"", 2, false},
    {R"php(<?php
f(..., 1);)php",
     "syntax error, unexpected token \",\"", 2, false},
    {R"php(<?php
$x?->;)php",
     "syntax error, unexpected token \";\", expecting identifier or variable or \"{\" or \"$\"", 2, false},
    {R"php(<?php
A::class 1;)php",
     "syntax error, unexpected integer \"1\"", 2, false},
    {R"php(<?php
echo (1, 2);)php",
     "syntax error, unexpected token \",\"", 2, false},
    {R"php(<?php
echo 1

)php",
     "syntax error, unexpected end of file, expecting \",\" or \";\"", 4, false},
    {R"php(<?php
$a = "abc
def" 1;)php",
     "syntax error, unexpected integer \"1\"", 3, false},
    {R"php(<?php
$a = 1 /* c

 */ 2;)php",
     "syntax error, unexpected integer \"2\"", 4, false},
    {R"php(<?php
$a = <<<EOT
  a
  b
  EOT 1;)php",
     "syntax error, unexpected integer \"1\"", 5, false},
    {R"php(<?php
switch ($x): ?>x<?php endswitch;)php",
     "syntax error, unexpected T_INLINE_HTML \"x\", expecting \"endswitch\" or \"case\" or \"default\"", 2, false},
    {R"php(<?php
$a = "x $b[)php",
     "syntax error, unexpected end of file, expecting \"-\" or identifier or variable or number", 2, false},
    {R"php(<?php
$a = 1 "abc $x";)php",
     "syntax error, unexpected double-quote mark", 2, false},
    {R"php(<?php
$a = "abc $x" "d"
;)php",
     "syntax error, unexpected double-quoted string \"d\"", 2, false},
    {R"php(<?php
$a = <<<EOT
x
EOT;
$b = 1 <<<EOT
y
EOT;)php",
     "syntax error, unexpected heredoc start \"<<<EOT\"", 6, false},
    {R"php(<?php
$a = "${x y}";)php",
     "syntax error, unexpected identifier \"y\"", 2, false},
    {R"php(<?php
$a = "{$x y}";)php",
     "syntax error, unexpected identifier \"y\", expecting \"->\" or \"?->\" or \"{\" or \"[\"", 2, false},
    {R"php(<?php
$a = `x` `y`;)php",
     "syntax error, unexpected token \"`\"", 2, false},
    {R"php(<?php
$a = 1 b"xyz";)php",
     "syntax error, unexpected quoted string \"b\"xyz\"", 2, false},
    {R"php(<?php
$a = 1 'it''s';)php",
     "syntax error, unexpected single-quoted string \"it\"", 2, false},
    {R"php(<?php
$a = 1 "";)php",
     "syntax error, unexpected double-quoted string \"\"", 2, false},
    {R"php(<?php
$a = 1 \A\B;)php",
     "syntax error, unexpected fully qualified name \"\\A\\B\"", 2, false},
    {R"php(<?php
$a = 1 namespace\A;)php",
     "syntax error, unexpected namespace-relative name \"namespace\\A\"", 2, false},
    {R"php(<?php
$a = 1 A\B;)php",
     "syntax error, unexpected namespaced name \"A\\B\"", 2, false},
    {R"php(<?php
function f()
{
    echo 1
})php",
     "syntax error, unexpected token \"}\", expecting \",\" or \";\"", 5, false},
    {R"php(<?php
$a = 1 <<<'EOT'
x
EOT;)php",
     "syntax error, unexpected heredoc start \"<<<'EOT\"", 3, false},
    {R"php(<?php
echo 0x1G;)php",
     "syntax error, unexpected identifier \"G\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo 1_000_;)php",
     "syntax error, unexpected identifier \"_\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo 0b102;)php",
     "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
echo "abc;)php",
     "syntax error, unexpected end of file, expecting variable or \"${\" or \"{$\"", 2, false},
    {R"php(<?php
echo 'abc;)php",
     "syntax error, unexpected string content \"abc;\"", 2, false},
    {R"php(<?php
/* never closed)php",
     "Unterminated comment starting line 2", 2, false},
    {R"php(<?php
$a = [1, 2)php",
     "Unclosed '['", 2, false},
    {R"php(<?php
$a = (1)php",
     "Unclosed '('", 2, false},
    {R"php(<?php
function f() {
    if (1) {
        echo 1;
    })php",
     "Unclosed '{' on line 2", 5, false},
    {R"php(<?php
echo })php",
     "Unmatched '}'", 2, false},
    {R"php(<?php
echo ))php",
     "Unmatched ')'", 2, false},
    {R"php(<?php
$a = ${a b};)php",
     "syntax error, unexpected identifier \"b\"", 2, false},
    {R"php(<?php
$a = <<<EOT
abc)php",
     "syntax error, unexpected end of file, expecting variable or heredoc end or \"${\" or \"{$\"", 3, false},
    {R"php(<?php
class A { const X; })php",
     "syntax error, unexpected token \";\", expecting \"=\"", 2, false},
    {R"php(<?php
class A { use T { a as; } })php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
$a = new class { public function }; )php",
     "syntax error, unexpected token \"}\"", 2, false},
    {R"php(<?php
echo <?= 1;)php",
     "syntax error, unexpected token \"<\"", 2, false},
    {R"php(<?php
$x = function() use ($a, $b $c) {};)php",
     "syntax error, unexpected variable \"$c\", expecting \")\"", 2, false},
    {R"php(<?php
list() = $a 1;)php",
     "syntax error, unexpected integer \"1\"", 2, false},
    {R"php(<?php
goto 1;)php",
     "syntax error, unexpected integer \"1\", expecting identifier", 2, false},
    {R"php(<?php
try {} catch (A $e) {} finally)php",
     "syntax error, unexpected end of file, expecting \"{\"", 2, false},
    {R"php(<?php
interface I extends {})php",
     "syntax error, unexpected token \"{\"", 2, false},
    {R"php(<?php
$a = array(1 2);)php",
     "syntax error, unexpected integer \"2\", expecting \")\"", 2, false},
    {R"php(<?php
$a = isset($a 1);)php",
     "syntax error, unexpected integer \"1\", expecting \")\"", 2, false},
    {R"php(<?php
echo $a[1 2];)php",
     "syntax error, unexpected integer \"2\", expecting \"]\"", 2, false},
    {R"php(<?php
echo new A(1 2);)php",
     "syntax error, unexpected integer \"2\", expecting \")\"", 2, false},
    {R"php(<?php
static fn() => 1 2;)php",
     "syntax error, unexpected integer \"2\"", 2, false},
    {R"php(<?php
$a = match(1) { default => 1, default 2 };)php",
     "syntax error, unexpected integer \"2\", expecting \"=>\"", 2, false},
    {R"php(<?php
if (1) {} else if (2) {} else {} else {})php",
     "syntax error, unexpected token \"else\", expecting end of file", 2, false},
    {R"php(<?php
enum E: int { case A = 1 })php",
     "syntax error, unexpected token \"}\", expecting \";\"", 2, false},
    {R"php(<?php
trait T { public $x = 1 }
)php",
     "syntax error, unexpected token \"}\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
$a = 0x;)php",
     "syntax error, unexpected identifier \"x\"", 2, false},
    {R"php(<?php
$a = 1__0;)php",
     "syntax error, unexpected identifier \"__0\"", 2, false},
    {R"php(<?php
$a = 0b12;)php",
     "syntax error, unexpected integer \"2\"", 2, false},
    {R"php(<?php
$a = 08;)php",
     "Invalid numeric literal", 2, false},
    {R"php(<?php
$a = "\u{zz}";)php",
     "Invalid UTF-8 codepoint escape sequence", 2, false},
    {R"php(<?php
$a = "\u{110000}";)php",
     "Invalid UTF-8 codepoint escape sequence: Codepoint too large", 2, false},
    {R"php(<?php
$a = <<<EOT
  a
 b
  EOT;)php",
     "Invalid body indentation level (expecting an indentation level of at least 2)", 4, false},
    {R"php(<?php
$a = <<<EOT
a)php",
     "syntax error, unexpected end of file, expecting variable or heredoc end or \"${\" or \"{$\"", 3, false},
    {R"php(<?php
$a = "abc)php",
     "syntax error, unexpected end of file, expecting variable or \"${\" or \"{$\"", 2, false},
    {R"php(<?php
$a = 'abc)php",
     "syntax error, unexpected string content \"abc\"", 2, false},
    {R"php(<?php
$a = `abc)php",
     "syntax error, unexpected end of file, expecting \"`\"", 2, false},
    {R"php(<?php
/* abc)php",
     "Unterminated comment starting line 2", 2, false},
    {R"php(<?php
/** doc)php",
     "Unterminated comment starting line 2", 2, false},
    {R"php(<?php
$a = [1, (2, 3];)php",
     "syntax error, unexpected token \",\"", 2, false},
    {R"php(<?php
$a = (1];)php",
     "Unclosed '(' does not match ']'", 2, false},
    {R"php(<?php
$a = {1;)php",
     "syntax error, unexpected token \"{\"", 2, false},
    {R"php(<?php
function f() {
  $a = [
    1,
})php",
     "Unclosed '[' on line 3 does not match '}'", 5, false},
    {R"php(<?php
echo "{$a";)php",
     "syntax error, unexpected double-quote mark, expecting \"->\" or \"?->\" or \"{\" or \"[\"", 2, false},
    {R"php(<?php
echo "${a";)php",
     "syntax error, unexpected double-quote mark", 2, false},
    {R"php(<?php
$a = "\400";
echo 1 2;)php",
     "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 3, false},
    {R"php(<?php
echo 1 2
?>)php",
     "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
$x = <<<A
{$y}
A 1;)php",
     "syntax error, unexpected integer \"1\"", 4, false},
    {R"php(<?php
class A { public function __construct(public private $x) {} })php",
     "Multiple access type modifiers are not allowed", 2, true},
    {R"php(<?php
enum E: int { case A = 1; case B = 2 })php",
     "syntax error, unexpected token \"}\", expecting \";\"", 2, false},
    {R"php(<?php
$f = fn() => 1 2;)php",
     "syntax error, unexpected integer \"2\"", 2, false},
    {R"php(<?php
echo 1 2;
__halt_compiler(); junk junk)php",
     "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 2, false},
    {R"php(<?php
$a = 1;
__halt_compiler() junk)php",
     "syntax error, unexpected identifier \"junk\", expecting \";\"", 3, false},
    {R"php(<?php
function foo() { echo <?= 1; })php",
     "syntax error, unexpected token \"<\"", 2, false},
    {R"php(<?php
class A { function <?= () {} })php",
     "syntax error, unexpected token \"<\"", 2, false},
    {R"php(<?php
$a = 1 <=> 2 <=> 3;)php",
     "syntax error, unexpected token \"<=>\"", 2, false},
    {R"php(<?php
$a = $b instanceof ;)php",
     "syntax error, unexpected token \";\"", 2, false},
    {R"php(<?php
$a = new class extends {};
)php",
     "syntax error, unexpected token \"{\"", 2, false},
};

TEST(ParserErrors, MatchPhp)
{
    for (const auto& expected : kErrorCases) {
        auto result = parse(expected.source);
        EXPECT_FALSE(result.ok()) << expected.source;
        EXPECT_EQ(result.error, expected.error) << expected.source;
        EXPECT_EQ(result.error_line, expected.line) << expected.source;
        EXPECT_EQ(result.error_is_fatal, expected.fatal) << expected.source;
    }
}

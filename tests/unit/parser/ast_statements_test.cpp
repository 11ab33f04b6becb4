// The tree's shape, through dump(), for declarations (functions, closures,
// classes, enums, attributes) and statements. Expected trees follow zend_ast's
// layouts as PHP 8.2's Zend/zend_language_parser.y builds them; parser/ast.h lists
// each node's children. Expressions are in ast_test.cpp.
#include <gtest/gtest.h>

#include <string>

#include "parser/parser.h"

using miniphp::parser::dump;
using miniphp::parser::parse;

namespace {

// The dump of each top-level statement of "<?php " + code, or the parse error.
std::string statements(const std::string& code)
{
    std::string source = "<?php " + code;
    auto result = parse(source);
    if (!result.ok()) {
        return "error: " + result.error + " on line " + std::to_string(result.error_line);
    }
    std::string out;
    for (const auto* statement : result.ast->root->children) {
        out += dump(statement);
    }
    return out;
}

} // namespace

TEST(ParserAst, Functions)
{
    EXPECT_EQ(statements(R"php(function &f(int $a = 1, ?A &...$b): ?int { return $a; })php"),
              R"php(FuncDecl "f" [by-ref]
  ParamList
    Param
      Zval "int"
      Zval "a"
      Zval 1
      null
      null
    Param [by-ref variadic]
      Zval "A" [nullable]
      Zval "b"
      null
      null
      null
  null
  StmtList
    Return
      Var
        Zval "a"
  Zval "int" [nullable]
  null
)php");
}

TEST(ParserAst, TypeDeclarations)
{
    EXPECT_EQ(statements(R"php(function g(int|string $x, A&B $y, (A&B)|null $z, array $w, callable $v): static {})php"),
              R"php(FuncDecl "g"
  ParamList
    Param
      TypeUnion
        Zval "int"
        Zval "string"
      Zval "x"
      null
      null
      null
    Param
      TypeIntersection
        Zval "A"
        Zval "B"
      Zval "y"
      null
      null
      null
    Param
      TypeUnion
        TypeIntersection
          Zval "A"
          Zval "B"
        Zval "null"
      Zval "z"
      null
      null
      null
    Param
      Type array
      Zval "w"
      null
      null
      null
    Param
      Type callable
      Zval "v"
      null
      null
      null
  null
  StmtList
  Type static
  null
)php");
}

TEST(ParserAst, Generators)
{
    EXPECT_EQ(statements(R"php(function g() { yield; yield 1; yield 'k' => 2; yield from h(); })php"),
              R"php(FuncDecl "g" [generator]
  ParamList
  null
  StmtList
    Yield
      null
      null
    Yield
      Zval 1
      null
    Yield
      Zval 2
      Zval "k"
    YieldFrom
      Call
        Zval "h"
        ArgList
  null
  null
)php");
}

TEST(ParserAst, Closures)
{
    EXPECT_EQ(statements(R"php($f = function &($x) use (&$y, $z): int { return 1; }; $g = static function () {};)php"),
              R"php(Assign
  Var
    Zval "f"
  Closure "{closure}" [by-ref]
    ParamList
      Param
        null
        Zval "x"
        null
        null
        null
    ClosureUses
      Zval "y" [by-ref]
      Zval "z"
    StmtList
      Return
        Zval 1
    Zval "int"
    null
Assign
  Var
    Zval "g"
  Closure "{closure}" [static]
    ParamList
    null
    StmtList
    null
    null
)php");
}

TEST(ParserAst, ArrowFunctions)
{
    EXPECT_EQ(statements(R"php($f = fn($x) => $x * 2; $g = static fn&(int $x): int => $x;)php"),
              R"php(Assign
  Var
    Zval "f"
  ArrowFunc "{closure}"
    ParamList
      Param
        null
        Zval "x"
        null
        null
        null
    null
    Return
      BinaryOp Mul
        Var
          Zval "x"
        Zval 2
    null
    null
Assign
  Var
    Zval "g"
  ArrowFunc "{closure}" [static by-ref]
    ParamList
      Param
        Zval "int"
        Zval "x"
        null
        null
        null
    null
    Return
      Var
        Zval "x"
    Zval "int"
    null
)php");
}

TEST(ParserAst, ClassMembers)
{
    EXPECT_EQ(statements(R"php(abstract class A extends B implements C, D {
    const X = 1, Y = 2;
    private static ?int $p = 1, $q;
    var $r;
    public function __construct(private readonly int $s = 0) {}
    abstract protected function m(): void;
    final public static function n() {}
})php"),
              R"php(Class "A" [abstract]
  Zval "B"
  NameList
    Zval "C"
    Zval "D"
  StmtList
    ClassConstGroup [public]
      ClassConstDecl
        ConstElem
          Zval "X"
          Zval 1
          null
        ConstElem
          Zval "Y"
          Zval 2
          null
      null
      null
    PropGroup [private static]
      Zval "int" [nullable]
      PropDecl
        PropElem
          Zval "p"
          Zval 1
          null
        PropElem
          Zval "q"
          null
          null
      null
    PropGroup [public]
      null
      PropDecl
        PropElem
          Zval "r"
          null
          null
      null
    Method "__construct" [public]
      ParamList
        Param [private readonly]
          Zval "int"
          Zval "s"
          Zval 0
          null
          null
      null
      StmtList
      null
      null
    Method "m" [protected abstract]
      ParamList
      null
      null
      Zval "void"
      null
    Method "n" [public static final]
      ParamList
      null
      StmtList
      null
      null
  null
  null
)php");
}

TEST(ParserAst, TraitUse)
{
    EXPECT_EQ(statements(R"php(class A { use T1, T2 { foo as protected bar; T1::baz insteadof T2; qux as quux; list as public; } use T3; })php"),
              R"php(Class "A"
  null
  null
  StmtList
    UseTrait
      NameList
        Zval "T1"
        Zval "T2"
      TraitAdaptations
        TraitAlias [protected]
          MethodReference
            null
            Zval "foo"
          Zval "bar"
        TraitPrecedence
          MethodReference
            Zval "T1"
            Zval "baz"
          NameList
            Zval "T2"
        TraitAlias
          MethodReference
            null
            Zval "qux"
          Zval "quux"
        TraitAlias [public]
          MethodReference
            null
            Zval "list"
          null
    UseTrait
      NameList
        Zval "T3"
      null
  null
  null
)php");
}

TEST(ParserAst, InterfacesTraitsEnums)
{
    EXPECT_EQ(statements(R"php(interface I extends J, K { public function f(); }
trait T { public $x; }
enum E: string implements I { case A = 'a'; case B = 'b'; }
readonly final class R {})php"),
              R"php(Class "I" [interface]
  null
  NameList
    Zval "J"
    Zval "K"
  StmtList
    Method "f" [public]
      ParamList
      null
      null
      null
      null
  null
  null
Class "T" [trait]
  null
  null
  StmtList
    PropGroup [public]
      null
      PropDecl
        PropElem
          Zval "x"
          null
          null
      null
  null
  null
Class "E" [final enum]
  null
  NameList
    Zval "I"
  StmtList
    EnumCase
      Zval "A"
      Zval "a"
      null
      null
    EnumCase
      Zval "B"
      Zval "b"
      null
      null
  null
  Zval "string"
Class "R" [final readonly]
  null
  null
  StmtList
  null
  null
)php");
}

TEST(ParserAst, Attributes)
{
    EXPECT_EQ(statements(R"php(#[A(1), B]
#[C(x: 2)]
function f(#[D] $p) {}
$g = #[E] fn() => 1;)php"),
              R"php(FuncDecl "f"
  ParamList
    Param
      null
      Zval "p"
      null
      AttributeList
        AttributeGroup
          Attribute
            Zval "D"
            null
      null
  null
  StmtList
  null
  AttributeList
    AttributeGroup
      Attribute
        Zval "A"
        ArgList
          Zval 1
      Attribute
        Zval "B"
        null
    AttributeGroup
      Attribute
        Zval "C"
        ArgList
          NamedArg
            Zval "x"
            Zval 2
Assign
  Var
    Zval "g"
  ArrowFunc "{closure}"
    ParamList
    null
    Return
      Zval 1
    null
    AttributeList
      AttributeGroup
        Attribute
          Zval "E"
          null
)php");
}

TEST(ParserAst, IfElse)
{
    EXPECT_EQ(statements(R"php(if ($a) { b(); } elseif ($c) d(); else { e(); }
if ($a): b(); elseif ($c): else: endif;)php"),
              R"php(If
  IfElem
    Var
      Zval "a"
    StmtList
      Call
        Zval "b"
        ArgList
  IfElem
    Var
      Zval "c"
    Call
      Zval "d"
      ArgList
  IfElem
    null
    StmtList
      Call
        Zval "e"
        ArgList
If
  IfElem
    Var
      Zval "a"
    StmtList
      Call
        Zval "b"
        ArgList
  IfElem
    Var
      Zval "c"
    StmtList
  IfElem
    null
    StmtList
)php");
}

TEST(ParserAst, Loops)
{
    EXPECT_EQ(statements(R"php(while ($a) { break 2; } do { continue; } while ($b);
for ($i = 0, $j = 0; ; $i++) ;
foreach ($a as $k => &$v) {}
foreach ($a as $v): endforeach;)php"),
              R"php(While
  Var
    Zval "a"
  StmtList
    Break
      Zval 2
DoWhile
  StmtList
    Continue
      null
  Var
    Zval "b"
For
  ExprList
    Assign
      Var
        Zval "i"
      Zval 0
    Assign
      Var
        Zval "j"
      Zval 0
  null
  ExprList
    PostInc
      Var
        Zval "i"
  null
Foreach
  Var
    Zval "a"
  Ref
    Var
      Zval "v"
  Var
    Zval "k"
  StmtList
Foreach
  Var
    Zval "a"
  Var
    Zval "v"
  null
  StmtList
)php");
}

TEST(ParserAst, Switch)
{
    EXPECT_EQ(statements(R"php(switch ($a) { case 1: case 2; f(); default: g(); })php"),
              R"php(Switch
  Var
    Zval "a"
  SwitchList
    SwitchCase
      Zval 1
      StmtList
    SwitchCase
      Zval 2
      StmtList
        Call
          Zval "f"
          ArgList
    SwitchCase
      null
      StmtList
        Call
          Zval "g"
          ArgList
)php");
}

TEST(ParserAst, Match)
{
    EXPECT_EQ(statements(R"php($r = match ($x) { 1, 2 => 'a', default => 'b' };)php"),
              R"php(Assign
  Var
    Zval "r"
  Match
    Var
      Zval "x"
    MatchArmList
      MatchArm
        ExprList
          Zval 1
          Zval 2
        Zval "a"
      MatchArm
        null
        Zval "b"
)php");
}

TEST(ParserAst, TryCatch)
{
    EXPECT_EQ(statements(R"php(try { a(); } catch (A | B $e) { b(); } catch (C) {} finally { c(); })php"),
              R"php(Try
  StmtList
    Call
      Zval "a"
      ArgList
  CatchList
    Catch
      NameList
        Zval "A"
        Zval "B"
      Zval "e"
      StmtList
        Call
          Zval "b"
          ArgList
    Catch
      NameList
        Zval "C"
      null
      StmtList
  StmtList
    Call
      Zval "c"
      ArgList
)php");
}

TEST(ParserAst, ThrowGotoDeclare)
{
    EXPECT_EQ(statements(R"php(throw new E('x'); label: goto label; declare(ticks=1); declare(ticks=1) { f(); })php"),
              R"php(Throw
  New
    Zval "E"
    ArgList
      Zval "x"
Label
  Zval "label"
Goto
  Zval "label"
Declare
  ConstDecl
    ConstElem
      Zval "ticks"
      Zval 1
      null
  null
Declare
  ConstDecl
    ConstElem
      Zval "ticks"
      Zval 1
      null
  StmtList
    Call
      Zval "f"
      ArgList
)php");
}

TEST(ParserAst, GlobalStaticUnset)
{
    EXPECT_EQ(statements(R"php(global $a, $$b; static $c = 1, $d; unset($e, $f['g']);)php"),
              R"php(StmtList
  Global
    Var
      Zval "a"
  Global
    Var
      Var
        Zval "b"
StmtList
  Static
    Zval "c"
    Zval 1
  Static
    Zval "d"
    null
StmtList
  Unset
    Var
      Zval "e"
  Unset
    Dim
      Var
        Zval "f"
      Zval "g"
)php");
}

TEST(ParserAst, Namespaces)
{
    EXPECT_EQ(statements(R"php(namespace A\B;
use C\D, E as F;
use function G\h;
use const I\J;
use K\{L, M as N, function o, const P};
use function Q\{r, s};
const T = 1;)php"),
              R"php(Namespace
  Zval "A\\B"
  null
Use [class]
  UseElem
    Zval "C\\D"
    null
  UseElem
    Zval "E"
    Zval "F"
Use [function]
  UseElem
    Zval "G\\h"
    null
Use [const]
  UseElem
    Zval "I\\J"
    null
GroupUse
  Zval "K"
  Use
    UseElem [class]
      Zval "L"
      null
    UseElem [class]
      Zval "M"
      Zval "N"
    UseElem [function]
      Zval "o"
      null
    UseElem [const]
      Zval "P"
      null
GroupUse [function]
  Zval "Q"
  Use
    UseElem
      Zval "r"
      null
    UseElem
      Zval "s"
      null
ConstDecl
  ConstElem
    Zval "T"
    Zval 1
    null
)php");
}

TEST(ParserAst, BracedNamespaces)
{
    EXPECT_EQ(statements(R"php(namespace A { f(); } namespace { g(); })php"),
              R"php(Namespace
  Zval "A"
  StmtList
    Call
      Zval "f"
      ArgList
Namespace
  null
  StmtList
    Call
      Zval "g"
      ArgList
)php");
}

TEST(ParserAst, HaltCompiler)
{
    EXPECT_EQ(statements(R"php(echo 1; __halt_compiler(); raw data)php"),
              R"php(StmtList
  Echo
    Zval 1
HaltCompiler
  Zval 32
)php");
}

TEST(ParserAst, EmptyStatements)
{
    EXPECT_EQ(statements(R"php(;;{})php"),
              R"php(null
null
StmtList
)php");
}

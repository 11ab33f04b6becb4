// The tree's shape, through dump(), for expressions, variables, literals and
// strings. Expected trees follow zend_ast's layouts as PHP 8.2's
// Zend/zend_language_parser.y builds them; parser/ast.h lists each node's
// children. Declarations and statements are in ast_statements_test.cpp.
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

TEST(ParserAst, Echo)
{
    EXPECT_EQ(statements(R"php(echo 1, "a";)php"),
              R"php(StmtList
  Echo
    Zval 1
  Echo
    Zval "a"
)php");
}

TEST(ParserAst, InlineHtml)
{
    EXPECT_EQ(statements(R"php(?>hi<?php echo 1;)php"),
              R"php(null
Echo
  Zval "hi"
StmtList
  Echo
    Zval 1
)php");
}

TEST(ParserAst, Precedence)
{
    EXPECT_EQ(statements(R"php($a = 1 + 2 * 3 ** 4 - -5;)php"),
              R"php(Assign
  Var
    Zval "a"
  BinaryOp Sub
    BinaryOp Add
      Zval 1
      BinaryOp Mul
        Zval 2
        BinaryOp Pow
          Zval 3
          Zval 4
    UnaryMinus
      Zval 5
)php");
}

TEST(ParserAst, LogicalOperators)
{
    EXPECT_EQ(statements(R"php($c = !$d && $e || $f and $g xor $h or $i;)php"),
              R"php(Or
  BinaryOp BoolXor
    And
      Assign
        Var
          Zval "c"
        Or
          And
            UnaryOp BoolNot
              Var
                Zval "d"
            Var
              Zval "e"
          Var
            Zval "f"
      Var
        Zval "g"
    Var
      Zval "h"
  Var
    Zval "i"
)php");
}

TEST(ParserAst, Comparisons)
{
    EXPECT_EQ(statements(R"php($a < $b; $a > $b; $a >= $b; $a <= $b; $a <=> $b; $a === $b;)php"),
              R"php(BinaryOp IsSmaller
  Var
    Zval "a"
  Var
    Zval "b"
Greater
  Var
    Zval "a"
  Var
    Zval "b"
GreaterEqual
  Var
    Zval "a"
  Var
    Zval "b"
BinaryOp IsSmallerOrEqual
  Var
    Zval "a"
  Var
    Zval "b"
BinaryOp Spaceship
  Var
    Zval "a"
  Var
    Zval "b"
BinaryOp IsIdentical
  Var
    Zval "a"
  Var
    Zval "b"
)php");
}

TEST(ParserAst, CoalesceAndTernary)
{
    EXPECT_EQ(statements(R"php($a ?? $b ?? $c; $a ?: $b; $a ? $b : ($c ? $d : $e);)php"),
              R"php(Coalesce
  Var
    Zval "a"
  Coalesce
    Var
      Zval "b"
    Var
      Zval "c"
Conditional
  Var
    Zval "a"
  null
  Var
    Zval "b"
Conditional
  Var
    Zval "a"
  Var
    Zval "b"
  Conditional [parenthesized]
    Var
      Zval "c"
    Var
      Zval "d"
    Var
      Zval "e"
)php");
}

TEST(ParserAst, AssignOps)
{
    EXPECT_EQ(statements(R"php($a = &$b; $c .= 1; $d **= 2; $e ??= 3; $f >>= 4;)php"),
              R"php(AssignRef
  Var
    Zval "a"
  Var
    Zval "b"
AssignOp Concat
  Var
    Zval "c"
  Zval 1
AssignOp Pow
  Var
    Zval "d"
  Zval 2
AssignCoalesce
  Var
    Zval "e"
  Zval 3
AssignOp ShiftRight
  Var
    Zval "f"
  Zval 4
)php");
}

TEST(ParserAst, IncDec)
{
    EXPECT_EQ(statements(R"php($a++; ++$a; $a--; --$a;)php"),
              R"php(PostInc
  Var
    Zval "a"
PreInc
  Var
    Zval "a"
PostDec
  Var
    Zval "a"
PreDec
  Var
    Zval "a"
)php");
}

TEST(ParserAst, Variables)
{
    EXPECT_EQ(statements(R"php($a; $$b; ${'c' . 'd'}; $e[0][]; $f->g; $h?->i; $j->$k; $l->{'m'};)php"),
              R"php(Var
  Zval "a"
Var
  Var
    Zval "b"
Var
  Zval "cd"
Dim
  Dim
    Var
      Zval "e"
    Zval 0
  null
Prop
  Var
    Zval "f"
  Zval "g"
NullsafeProp
  Var
    Zval "h"
  Zval "i"
Prop
  Var
    Zval "j"
  Var
    Zval "k"
Prop
  Var
    Zval "l"
  Zval "m"
)php");
}

TEST(ParserAst, StaticMembers)
{
    EXPECT_EQ(statements(R"php(A::$b; static::$c; $d::$e; A::B; A::class; $o::class;)php"),
              R"php(StaticProp
  Zval "A"
  Zval "b"
StaticProp
  Zval "static"
  Zval "c"
StaticProp
  Var
    Zval "d"
  Zval "e"
ClassConst
  Zval "A"
  Zval "B"
ClassName
  Zval "A"
ClassName
  Var
    Zval "o"
)php");
}

TEST(ParserAst, Calls)
{
    EXPECT_EQ(statements(R"php(f(1, ...$a, x: 2); $o->m(); $o?->n(); A::s(); $c(); \g\h(); namespace\i(); "j"();)php"),
              R"php(Call
  Zval "f"
  ArgList
    Zval 1
    Unpack
      Var
        Zval "a"
    NamedArg
      Zval "x"
      Zval 2
MethodCall
  Var
    Zval "o"
  Zval "m"
  ArgList
NullsafeMethodCall
  Var
    Zval "o"
  Zval "n"
  ArgList
StaticCall
  Zval "A"
  Zval "s"
  ArgList
Call
  Var
    Zval "c"
  ArgList
Call
  Zval "g\\h" [fq]
  ArgList
Call
  Zval "i" [relative]
  ArgList
Call
  Zval "j" [fq]
  ArgList
)php");
}

TEST(ParserAst, FirstClassCallables)
{
    EXPECT_EQ(statements(R"php(strlen(...); $o->m(...); A::s(...);)php"),
              R"php(Call
  Zval "strlen"
  CallableConvert
MethodCall
  Var
    Zval "o"
  Zval "m"
  CallableConvert
StaticCall
  Zval "A"
  Zval "s"
  CallableConvert
)php");
}

TEST(ParserAst, New)
{
    EXPECT_EQ(statements(R"php(new A; new A(1); new $a->b(); new (f()); new static; new class(1) extends B {};)php"),
              R"php(New
  Zval "A"
  ArgList
New
  Zval "A"
  ArgList
    Zval 1
New
  Prop
    Var
      Zval "a"
    Zval "b"
  ArgList
New
  Call
    Zval "f"
    ArgList
  ArgList
New
  Zval "static"
  ArgList
New
  Class "" [anonymous]
    Zval "B"
    null
    StmtList
    null
    null
  ArgList
    Zval 1
)php");
}

TEST(ParserAst, Literals)
{
    EXPECT_EQ(statements(R"php(1; 1.5; 0x1F; 1_000; 9223372036854775808; "a\tb"; 'c\n'; true; \null; __LINE__; __DIR__;)php"),
              R"php(Zval 1
Zval 1.5 (double)
Zval 31
Zval 1000
Zval 9223372036854775808 (double)
Zval "a\tb"
Zval "c\\n"
Const
  Zval "true"
Const
  Zval "null" [fq]
MagicConst Line
MagicConst Dir
)php");
}

TEST(ParserAst, Constants)
{
    EXPECT_EQ(statements(R"php(FOO; \BAR; A\BAZ; namespace\QUX;)php"),
              R"php(Const
  Zval "FOO"
Const
  Zval "BAR" [fq]
Const
  Zval "A\\BAZ"
Const
  Zval "QUX" [relative]
)php");
}

TEST(ParserAst, Arrays)
{
    EXPECT_EQ(statements(R"php([1, 'k' => 2, ...$a, &$b]; array(3,); [[1]][0];)php"),
              R"php(Array Short
  ArrayElem
    Zval 1
    null
  ArrayElem
    Zval 2
    Zval "k"
  Unpack
    Var
      Zval "a"
  ArrayElem [by-ref]
    Var
      Zval "b"
    null
Array Long
  ArrayElem
    Zval 3
    null
Dim
  Array Short
    ArrayElem
      Array Short
        ArrayElem
          Zval 1
          null
      null
  Zval 0
)php");
}

TEST(ParserAst, ListAssignment)
{
    EXPECT_EQ(statements(R"php([$a, [, $b], 'k' => &$c] = $d; list($e, list($f)) = $g; foreach ($h as [$i, $j]) {})php"),
              R"php(Assign
  Array Short
    ArrayElem
      Var
        Zval "a"
      null
    ArrayElem
      Array Short
        null
        ArrayElem
          Var
            Zval "b"
          null
      null
    ArrayElem [by-ref]
      Var
        Zval "c"
      Zval "k"
  Var
    Zval "d"
Assign
  Array List
    ArrayElem
      Var
        Zval "e"
      null
    ArrayElem
      Array List
        ArrayElem
          Var
            Zval "f"
          null
      null
  Var
    Zval "g"
Foreach
  Var
    Zval "h"
  Array Short
    ArrayElem
      Var
        Zval "i"
      null
    ArrayElem
      Var
        Zval "j"
      null
  null
  StmtList
)php");
}

TEST(ParserAst, Interpolation)
{
    EXPECT_EQ(statements(R"php("a $b c"; "$d[1] $d[k] $d[$e] $d[-2] $d[012]"; "{$f->g} ${h} ${i[0]} ${j . k}"; "$l->m $n?->o";)php"),
              R"php(EncapsList
  Zval "a "
  Var
    Zval "b"
  Zval " c"
EncapsList
  Dim
    Var
      Zval "d"
    Zval 1
  Zval " "
  Dim
    Var
      Zval "d"
    Zval "k"
  Zval " "
  Dim
    Var
      Zval "d"
    Var
      Zval "e"
  Zval " "
  Dim
    Var
      Zval "d"
    Zval -2
  Zval " "
  Dim
    Var
      Zval "d"
    Zval "012"
EncapsList
  Prop
    Var
      Zval "f"
    Zval "g"
  Zval " "
  Var [dollar-curly]
    Zval "h"
  Zval " "
  Dim [dollar-curly]
    Var
      Zval "i"
    Zval 0
  Zval " "
  Var [dollar-curly-expr]
    BinaryOp Concat
      Const
        Zval "j"
      Const
        Zval "k"
EncapsList
  Prop
    Var
      Zval "l"
    Zval "m"
  Zval " "
  NullsafeProp
    Var
      Zval "n"
    Zval "o"
)php");
}

TEST(ParserAst, HeredocNowdocBackticks)
{
    EXPECT_EQ(statements(R"php($a = <<<EOT
  x $q
  y
  EOT;
$b = <<<'EOT'
raw $r
EOT;
$c = `ls $p`;
$d = <<<EOT
EOT;
)php"),
              R"php(Assign
  Var
    Zval "a"
  EncapsList
    Zval "x "
    Var
      Zval "q"
    Zval "\ny"
Assign
  Var
    Zval "b"
  Zval "raw $r"
Assign
  Var
    Zval "c"
  ShellExec
    EncapsList
      Zval "ls "
      Var
        Zval "p"
Assign
  Var
    Zval "d"
  Zval ""
)php");
}

TEST(ParserAst, Casts)
{
    EXPECT_EQ(statements(R"php((int) $a; (float) $a; (string) $a; (array) $a; (object) $a; (bool) $a; (unset) $a;)php"),
              R"php(Cast Long
  Var
    Zval "a"
Cast Double
  Var
    Zval "a"
Cast String
  Var
    Zval "a"
Cast Array
  Var
    Zval "a"
Cast Object
  Var
    Zval "a"
Cast Bool
  Var
    Zval "a"
Cast Null
  Var
    Zval "a"
)php");
}

TEST(ParserAst, Internals)
{
    EXPECT_EQ(statements(R"php(isset($a, $b['c']); empty($d); include 'e'; include_once 'f'; require 'g'; require_once 'h'; eval('i');)php"),
              R"php(And
  Isset
    Var
      Zval "a"
  Isset
    Dim
      Var
        Zval "b"
      Zval "c"
Empty
  Var
    Zval "d"
IncludeOrEval Include
  Zval "e"
IncludeOrEval IncludeOnce
  Zval "f"
IncludeOrEval Require
  Zval "g"
IncludeOrEval RequireOnce
  Zval "h"
IncludeOrEval Eval
  Zval "i"
)php");
}

TEST(ParserAst, ExitPrintCloneSilence)
{
    EXPECT_EQ(statements(R"php(exit; die(1); print 2; clone $a; @f();)php"),
              R"php(Exit
  null
Exit
  Zval 1
Print
  Zval 2
Clone
  Var
    Zval "a"
Silence
  Call
    Zval "f"
    ArgList
)php");
}

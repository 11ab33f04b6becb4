// The compiler's observable choices: the order compiled variables are numbered in
// (php destroys locals and globals in that order), early binding, and the
// compile-time errors and warnings php raises.
#include "compiler/compiler.h"

#include <gtest/gtest.h>

#include "parser/parser.h"

using miniphp::compiler::CompileResult;

namespace {

CompileResult compile_source(const std::string& source)
{
    miniphp::parser::ParseResult parsed = miniphp::parser::parse(source);
    EXPECT_TRUE(parsed.ok()) << parsed.error;
    return miniphp::compiler::compile(*parsed.ast, "/test.php");
}

std::vector<std::string> main_variables(const std::string& source)
{
    CompileResult result = compile_source(source);
    EXPECT_TRUE(result.ok());
    return result.script->main->cv_names;
}

std::string last_message(const CompileResult& result)
{
    if (result.messages.empty())
        return "";
    const auto& m = result.messages.back();
    return m.level + ": " + m.message + " @" + std::to_string(m.line);
}

} // namespace

TEST(CompilerVariables, NumberedByFirstAppearance)
{
    EXPECT_EQ(main_variables("<?php $b = 1; $a = $b; $c = $a + $d;"),
              (std::vector<std::string>{"b", "a", "c", "d"}));
}

TEST(CompilerVariables, AssignmentTargetComesBeforeTheValue)
{
    EXPECT_EQ(main_variables("<?php $x = $y;"), (std::vector<std::string>{"x", "y"}));
}

TEST(CompilerVariables, LoopBodiesAreNumberedBeforeConditionsAndSteps)
{
    // zend_compile_while/for put the condition after the body.
    EXPECT_EQ(main_variables("<?php while ($cond) { $body = 1; }"), (std::vector<std::string>{"body", "cond"}));
    EXPECT_EQ(main_variables("<?php for ($i = 0; $j < 3; $k++) { $m = 1; }"),
              (std::vector<std::string>{"i", "m", "k", "j"}));
    EXPECT_EQ(main_variables("<?php do { $d = 1; } while ($w);"), (std::vector<std::string>{"d", "w"}));
}

TEST(CompilerVariables, VariablesInDeadCodeStillGetSlots)
{
    EXPECT_EQ(main_variables("<?php if (false) { $never = 1; } $later = 2;"),
              (std::vector<std::string>{"never", "later"}));
}

TEST(CompilerVariables, ParametersComeFirst)
{
    CompileResult result = compile_source("<?php function f($p, $q = 2) { $local = $p; return $r; }");
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.script->functions.size(), 1u);
    const auto& f = *result.script->functions[0];
    EXPECT_EQ(f.cv_names, (std::vector<std::string>{"p", "q", "local", "r"}));
    EXPECT_EQ(f.num_params, 2u);
    EXPECT_EQ(f.num_required_params, 1u);
}

TEST(CompilerFunctions, TopLevelDeclarationsAreHoistedOthersDeclaredAtRunTime)
{
    CompileResult result = compile_source("<?php function a() {} if (1) { function b() {} } { function c() {} }");
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.script->functions.size(), 3u);
    EXPECT_EQ(result.script->hoisted, (std::vector<uint32_t>{0, 2}));
}

TEST(CompilerErrors, BreakOutsideALoop)
{
    EXPECT_EQ(last_message(compile_source("<?php\nbreak;")),
              "Fatal error: 'break' not in the 'loop' or 'switch' context @2");
    EXPECT_EQ(last_message(compile_source("<?php while (1) { break 0; }")),
              "Fatal error: 'break' operator accepts only positive integers @1");
    EXPECT_EQ(last_message(compile_source("<?php while (1) { continue 3; }")), "Fatal error: Cannot 'continue' 3 levels @1");
}

TEST(CompilerErrors, ContinueTargetingSwitchWarns)
{
    CompileResult result = compile_source("<?php for (;;) { switch (1) { case 1: continue; } }");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(last_message(result),
              "Warning: \"continue\" targeting switch is equivalent to \"break\". Did you mean to use \"continue 2\"? @1");
}

TEST(CompilerErrors, RedefinedParameter)
{
    EXPECT_EQ(last_message(compile_source("<?php function f($a, $a) {}")), "Fatal error: Redefinition of parameter $a @1");
}

TEST(CompilerErrors, OptionalBeforeRequiredIsDeprecated)
{
    CompileResult result = compile_source("<?php function f($a = 1, $b) {}");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(last_message(result), "Deprecated: Optional parameter $a declared before required parameter $b is "
                                    "implicitly treated as a required parameter @1");
    EXPECT_EQ(result.script->functions[0]->num_required_params, 2u);
}

TEST(CompilerErrors, DeepExpressionsStopWithAFatalErrorNotACrash)
{
    // php 8.2 itself crashes on this; php 8.3's message is the model.
    std::string source = "<?php\n$a = ";
    for (int i = 0; i < 1000000; ++i)
        source += "1+";
    source += "1;";
    CompileResult result = compile_source(source);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(last_message(result).rfind("Fatal error: Maximum call stack size of ", 0), 0u);
}

TEST(CompilerSmartBranches, OnlyAComparisonFeedingTheNextJumpIsMarked)
{
    using miniphp::vm::Opcode;
    CompileResult result = compile_source("<?php for ($i = 0; $i < 3; $i++) {} if ($i == 3) { echo 1; } $x = $i < 2;");
    ASSERT_TRUE(result.ok());
    const auto& code = result.script->main->code;
    std::vector<uint32_t> marks;
    for (size_t i = 0; i < code.size(); ++i) {
        if (code[i].opcode == Opcode::IsSmaller || code[i].opcode == Opcode::IsEqual)
            marks.push_back(code[i].extended);
    }
    // The loop condition jumps back when true, the if skips its body when false,
    // and the comparison whose value is stored is no branch at all.
    EXPECT_EQ(marks, (std::vector<uint32_t>{miniphp::vm::kSmartBranchJmpNZ, miniphp::vm::kSmartBranchJmpZ,
                                            miniphp::vm::kNoSmartBranch}));
}

namespace {

size_t count_opcode(const CompileResult& result, miniphp::vm::Opcode op)
{
    size_t n = 0;
    for (const auto& ins : result.script->main->code)
        n += ins.opcode == op;
    return n;
}

} // namespace

TEST(CompilerSwitchTables, IntCasesNeedFiveClausesStringCasesTwo)
{
    using miniphp::vm::Opcode;
    EXPECT_EQ(count_opcode(compile_source("<?php switch ($x) { case 1: case 2: case 3: case 4: }"), Opcode::SwitchLong), 0u);
    EXPECT_EQ(count_opcode(compile_source("<?php switch ($x) { case 1: case 2: case 3: case 4: default: }"),
                           Opcode::SwitchLong),
              1u);
    EXPECT_EQ(count_opcode(compile_source("<?php switch ($x) { case 'a': }"), Opcode::SwitchString), 0u);
    EXPECT_EQ(count_opcode(compile_source("<?php switch ($x) { case 'a': default: }"), Opcode::SwitchString), 1u);
    // Numeric strings, mixed types and non-constant cases keep the comparisons only.
    EXPECT_EQ(count_opcode(compile_source("<?php switch ($x) { case 'a': case '1': }"), Opcode::SwitchString), 0u);
    EXPECT_EQ(count_opcode(compile_source("<?php switch ($x) { case 1: case 'a': case 2: case 3: case 4: }"),
                           Opcode::SwitchLong),
              0u);
    EXPECT_EQ(count_opcode(compile_source("<?php switch ($x) { case 1: case 2: case 3: case 4: case $y: }"),
                           Opcode::SwitchLong),
              0u);
    // Folded constant cases count as literals.
    EXPECT_EQ(count_opcode(compile_source("<?php switch ($x) { case 1: case 1+1: case -3: case 4: case 5: }"),
                           Opcode::SwitchLong),
              1u);
}

TEST(CompilerFusedAssignments, AnOperationWritesItsVariableWhenNothingElseCanTell)
{
    using miniphp::vm::Opcode;
    EXPECT_EQ(count_opcode(compile_source("<?php $a = 1; $b = $a + 2;"), Opcode::Assign), 1u);
    // The assigned value is used: the Assign stays.
    EXPECT_EQ(count_opcode(compile_source("<?php $a = 1; $c = $b = $a + 2;"), Opcode::Assign), 3u);
    // On two lines the Assign keeps its own line.
    EXPECT_EQ(count_opcode(compile_source("<?php $a = 1; $b =\n$a\n+ 2;"), Opcode::Assign), 2u);
    // A jump lands on the Assign (the short-circuit of &&): nothing to fuse.
    EXPECT_EQ(count_opcode(compile_source("<?php $a = 1; $b = $a && $a . 'x';"), Opcode::Assign), 2u);
}

// php's end of request as the VM runs it (php_request_shutdown): the shutdown
// functions, then shutdown_destructors' passes over the global symbol table (last
// global first, those holding an object nobody else holds), then every object left
// in handle order; an uncaught exception still runs them, a fatal error runs none.
// The expected orders were printed by php 8.2 (`php -n`) for the same scripts.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "compiler/compiler.h"
#include "parser/parser.h"
#include "runtime/output.h"
#include "vm/vm.h"

namespace {

using namespace miniphp;

constexpr std::string_view kDestructible =
    "<?php class D { public $other; function __construct(public $n) {} "
    "function __destruct() { echo \"D{$this->n} \"; } }\n";

// Runs `body` after the class D and returns what it printed and its exit status.
std::pair<std::string, int> run(std::string_view body)
{
    std::string source = std::string(kDestructible) + std::string(body);
    parser::ParseResult parsed = parser::parse(source);
    EXPECT_TRUE(parsed.ast != nullptr) << parsed.error;
    compiler::CompileResult compiled = compiler::compile(*parsed.ast, "test.php");
    EXPECT_TRUE(compiled.ok());
    runtime::Output& out = runtime::Output::instance();
    out.capture(true);
    int status = 0;
    {
        vm::Vm vm;
        status = vm.run(*compiled.script);
    }
    std::string text = out.take_captured();
    out.capture(false);
    return {text, status};
}

} // namespace

TEST(ShutdownSequence, ShutdownFunctionsThenLoneGlobalsLastFirstThenHandleOrder)
{
    auto [text, status] = run("$a = new D(1); $b = new D(2); $c = new D(3);\n"
                              "$shared = new D(4); $alias = $shared;\n"
                              "$x = new D(5); $y = new D(6); $x->other = $y; $y->other = $x;\n"
                              "register_shutdown_function(function () { echo \"shutdown \"; });\n"
                              "echo \"end \";\n");
    EXPECT_EQ(text, "end shutdown D3 D2 D1 D4 D5 D6 ");
    EXPECT_EQ(status, 0);
}

TEST(ShutdownSequence, UncaughtExceptionReleasesTheFramesThenStillRunsDestructors)
{
    auto [text, status] = run("$a = new D(1);\n"
                              "function f() { $local = new D(2); throw new Exception(\"x\"); }\n"
                              "f();\n");
    EXPECT_EQ(text, "D2 \nFatal error: Uncaught Exception: x in test.php:3\nStack trace:\n#0 test.php(4): f()\n"
                    "#1 {main}\n  thrown in test.php on line 3\nD1 ");
    EXPECT_EQ(status, 255);
}

TEST(ShutdownSequence, FatalErrorRunsShutdownFunctionsButNoDestructor)
{
    auto [text, status] = run("$a = new D(1);\n"
                              "register_shutdown_function(function () { echo \"shutdown \"; });\n"
                              "trigger_error(\"stop\", E_USER_ERROR);\n");
    EXPECT_EQ(text, "\nFatal error: stop in test.php on line 4\nshutdown ");
    EXPECT_EQ(status, 255);
}

// EXPECTF and normalisation as php-src's run-tests.php (PHP 8.2) defines them; each
// case names the rule it pins down.
#include "tests/phpt/expectf.h"
#include "tests/phpt/phpt_file.h"

#include <gtest/gtest.h>

using namespace miniphp::phpt;

namespace {

bool f(std::string_view pattern, std::string_view subject)
{
    return expectation_matches(ExpectKind::ExpectF, pattern, subject);
}

} // namespace

TEST(Normalize, TrimsPhpTrimCharactersAndFoldsCrlf)
{
    EXPECT_EQ(normalize_output("\n\t a\r\nb \r\n\0\x0B"), std::string("a\nb"));
    EXPECT_EQ(normalize_output("a\rb"), "a\rb");
    EXPECT_EQ(normalize_output(""), "");
}

TEST(Expect, ComparesAfterTrimmingBothSides)
{
    EXPECT_TRUE(expectation_matches(ExpectKind::Expect, "x\n\n", "\nx"));
    EXPECT_FALSE(expectation_matches(ExpectKind::Expect, "x \ny", "x\ny"));
}

TEST(Expectf, LinePlaceholders)
{
    EXPECT_TRUE(f("in %s on line %d", "in /tmp/a.php on line 3"));
    EXPECT_FALSE(f("in %s on line %d", "in  on line 3x"));
    EXPECT_FALSE(f("a%sb", "ab"));
    EXPECT_TRUE(f("a%Sb", "ab"));
    EXPECT_FALSE(f("a%sb", "a\nb"));
    EXPECT_FALSE(f("a%Sb", "a\rb"));
}

TEST(Expectf, MultiLinePlaceholders)
{
    EXPECT_TRUE(f("a%ab", "a\nxx\nb"));
    EXPECT_FALSE(f("a%ab", "ab"));
    EXPECT_TRUE(f("a%Ab", "ab"));
    EXPECT_TRUE(f("%A", ""));
    EXPECT_TRUE(f("x%ay%az", "x1y2y3z"));
}

TEST(Expectf, Numbers)
{
    EXPECT_TRUE(f("%i", "-12"));
    EXPECT_TRUE(f("%i", "+12"));
    EXPECT_FALSE(f("%d", "-12"));
    EXPECT_TRUE(f("%d%d", "12"));
    EXPECT_TRUE(f("%x", "DeadBeef"));
    EXPECT_FALSE(f("%x", "0xff"));
    for (const char* s : {"1", "-1.5", ".5", "1e10", "1.5E-3", "+0.25e+2"})
        EXPECT_TRUE(f("%f", s)) << s;
    for (const char* s : {".", "1.", "e5", "-", "1.e5"})
        EXPECT_FALSE(f("%f", s)) << s;
    EXPECT_TRUE(f("%f.", "1.5."));
}

TEST(Expectf, SmallPlaceholders)
{
    EXPECT_TRUE(f("a%cb", "a\nb"));
    EXPECT_FALSE(f("a%cb", "ab"));
    EXPECT_TRUE(f("a%wb", "a \t\n b"));
    EXPECT_TRUE(f("a%wb", "ab"));
    EXPECT_TRUE(f("%e", "/"));
    EXPECT_TRUE(f("a%0b", std::string_view("a\0b", 3)));
}

TEST(Expectf, PercentSigns)
{
    EXPECT_TRUE(f("100%%", "100%"));
    EXPECT_FALSE(f("100%%", "100%%"));
    EXPECT_TRUE(f("%%d", "%d"));
    EXPECT_TRUE(f("50% off", "50% off"));
    EXPECT_TRUE(f("%z%", "%z%"));
    EXPECT_TRUE(f("%", "%"));
}

TEST(Expectf, RegexRegions)
{
    EXPECT_TRUE(f("a%r(x|y)+%rb", "axyxb"));
    EXPECT_FALSE(f("a%r(x|y)+%rb", "ab"));
    EXPECT_TRUE(f("a%r.%rb", "a\nb")); // /s: dot matches a newline
    EXPECT_TRUE(f("%r%d%r!", "42!"));    // strtr() reaches inside %r too
    EXPECT_TRUE(f("a%rb", "a%rb"));      // unbalanced: literal
    EXPECT_TRUE(f("%r\\.%r", "."));
    EXPECT_FALSE(f("%r\\.%r", "x"));
    EXPECT_THROW(ExpectfPattern("%r(%r"), std::regex_error);
}

TEST(Expectf, LiteralTextIsNotRegex)
{
    EXPECT_TRUE(f("a.b*c(d)[e]", "a.b*c(d)[e]"));
    EXPECT_FALSE(f("a.b", "axb"));
}

TEST(Expectf, RegenShape)
{
    EXPECT_TRUE(ExpectfPattern("in %s on line 3, 100%%").only_regen_placeholders());
    EXPECT_FALSE(ExpectfPattern("took %d ms").only_regen_placeholders());
    EXPECT_FALSE(ExpectfPattern("%a").only_regen_placeholders());
}

TEST(Expectf, LongOutputsStayFast)
{
    std::string subject(200000, 'x');
    subject += "end";
    EXPECT_TRUE(f("%a%a%a%aend", subject));
    EXPECT_FALSE(f("%a%a%a%aend!", subject));
}

TEST(ExpectRegex, DotAllAndAnchoredMatch)
{
    EXPECT_TRUE(expectation_matches(ExpectKind::ExpectRegex, "a.b\\d+", "a\nb12"));
    EXPECT_FALSE(expectation_matches(ExpectKind::ExpectRegex, "a", "ab"));
}

TEST(PhptFile, SectionsAndScript)
{
    std::string error;
    auto file = PhptFile::parse("--TEST--\nt\n--FILE--\n<?php echo 1;\n===DONE===\nx\n"
                                "--EXITCODE--\n 3 \n--UNKNOWN--\nz\n--EXPECT--\n1\n",
                                error);
    ASSERT_TRUE(file) << error;
    EXPECT_EQ(file->title(), "t");
    EXPECT_EQ(file->script(), "<?php echo 1;\n===DONE===\n");
    EXPECT_EQ(file->expected_exit_code(), 3);
    EXPECT_EQ(file->expect_kind(), ExpectKind::Expect);
    EXPECT_EQ(file->serialize(), "--TEST--\nt\n--FILE--\n<?php echo 1;\n===DONE===\nx\n"
                                 "--EXITCODE--\n 3 \n--UNKNOWN--\nz\n--EXPECT--\n1\n");
}

TEST(PhptFile, Borked)
{
    std::string error;
    EXPECT_FALSE(PhptFile::parse("--FILE--\nx\n--EXPECT--\n", error));
    EXPECT_FALSE(PhptFile::parse("--TEST--\nx\n--EXPECT--\n", error));
    EXPECT_FALSE(PhptFile::parse("--TEST--\nx\n--FILE--\n--EXPECT--\n--EXPECTF--\n", error));
    EXPECT_TRUE(PhptFile::parse("--TEST--\nx\n--FILE--\n", error, false));
}

TEST(PhptFile, FileEofDropsTrailingNewlines)
{
    std::string error;
    auto file = PhptFile::parse("--TEST--\nx\n--FILEEOF--\n<?php\necho 1;\n\n--EXPECT--\n1\n",
                                error);
    ASSERT_TRUE(file) << error;
    EXPECT_EQ(file->script(), "<?php\necho 1;");
}

TEST(SplitArgs, QuotesAndEscapes)
{
    EXPECT_EQ(split_args("a 'b c' \"d\\\"e\" f\\ g\n"),
              (std::vector<std::string>{"a", "b c", "d\"e", "f g"}));
    EXPECT_TRUE(split_args("  \n").empty());
}

// var_dump, var_export and print_r of scalars against php 8.2: float reprs
// ("float(-0)", "1.0E+25", var_export's ".0"), string escapes, PHP_INT_MIN, several
// var_dump arguments, and the $return forms.
#include "builtins_test_support.h"

namespace miniphp::runtime::builtins_test {

namespace {

// Generated from php 8.2: see builtins_test_support.h.
const std::vector<Case>& matches_php_cases()
{
    static const std::vector<Case> cases = {
        {"var_dump", {Int(0)}, "int(0)\nNULL\n"sv},
        {"var_export", {Int(0)}, "0NULL\n"sv},
        {"var_export", {Int(0), Tru()}, "string(1) \"0\"\n"sv},
        {"print_r", {Int(0)}, "0bool(true)\n"sv},
        {"print_r", {Int(0), Tru()}, "string(1) \"0\"\n"sv},
        {"var_dump", {Int(5)}, "int(5)\nNULL\n"sv},
        {"var_export", {Int(5)}, "5NULL\n"sv},
        {"var_export", {Int(5), Tru()}, "string(1) \"5\"\n"sv},
        {"print_r", {Int(5)}, "5bool(true)\n"sv},
        {"print_r", {Int(5), Tru()}, "string(1) \"5\"\n"sv},
        {"var_dump", {Int(-5)}, "int(-5)\nNULL\n"sv},
        {"var_export", {Int(-5)}, "-5NULL\n"sv},
        {"var_export", {Int(-5), Tru()}, "string(2) \"-5\"\n"sv},
        {"print_r", {Int(-5)}, "-5bool(true)\n"sv},
        {"print_r", {Int(-5), Tru()}, "string(2) \"-5\"\n"sv},
        {"var_dump", {Int(9223372036854775807)}, "int(9223372036854775807)\nNULL\n"sv},
        {"var_export", {Int(9223372036854775807)}, "9223372036854775807NULL\n"sv},
        {"var_export", {Int(9223372036854775807), Tru()}, "string(19) \"9223372036854775807\"\n"sv},
        {"print_r", {Int(9223372036854775807)}, "9223372036854775807bool(true)\n"sv},
        {"print_r", {Int(9223372036854775807), Tru()}, "string(19) \"9223372036854775807\"\n"sv},
        {"var_dump", {Int(INT64_MIN)}, "int(-9223372036854775808)\nNULL\n"sv},
        {"var_export", {Int(INT64_MIN)}, "-9223372036854775807-1NULL\n"sv},
        {"var_export", {Int(INT64_MIN), Tru()}, "string(22) \"-9223372036854775807-1\"\n"sv},
        {"print_r", {Int(INT64_MIN)}, "-9223372036854775808bool(true)\n"sv},
        {"print_r", {Int(INT64_MIN), Tru()}, "string(20) \"-9223372036854775808\"\n"sv},
        {"var_dump", {Dbl(0x0000000000000000ULL)}, "float(0)\nNULL\n"sv}, // 0.0
        {"var_export", {Dbl(0x0000000000000000ULL)}, "0.0NULL\n"sv}, // 0.0
        {"var_export", {Dbl(0x0000000000000000ULL), Tru()}, "string(3) \"0.0\"\n"sv}, // 0.0
        {"print_r", {Dbl(0x0000000000000000ULL)}, "0bool(true)\n"sv}, // 0.0
        {"print_r", {Dbl(0x0000000000000000ULL), Tru()}, "string(1) \"0\"\n"sv}, // 0.0
        {"var_dump", {Dbl(0x8000000000000000ULL)}, "float(-0)\nNULL\n"sv}, // -0.0
        {"var_export", {Dbl(0x8000000000000000ULL)}, "-0.0NULL\n"sv}, // -0.0
        {"var_export", {Dbl(0x8000000000000000ULL), Tru()}, "string(4) \"-0.0\"\n"sv}, // -0.0
        {"print_r", {Dbl(0x8000000000000000ULL)}, "-0bool(true)\n"sv}, // -0.0
        {"print_r", {Dbl(0x8000000000000000ULL), Tru()}, "string(2) \"-0\"\n"sv}, // -0.0
        {"var_dump", {Dbl(0x3fb999999999999aULL)}, "float(0.1)\nNULL\n"sv}, // 0.1
        {"var_export", {Dbl(0x3fb999999999999aULL)}, "0.1NULL\n"sv}, // 0.1
        {"var_export", {Dbl(0x3fb999999999999aULL), Tru()}, "string(3) \"0.1\"\n"sv}, // 0.1
        {"print_r", {Dbl(0x3fb999999999999aULL)}, "0.1bool(true)\n"sv}, // 0.1
        {"print_r", {Dbl(0x3fb999999999999aULL), Tru()}, "string(3) \"0.1\"\n"sv}, // 0.1
        {"var_dump", {Dbl(0x3ff0000000000000ULL)}, "float(1)\nNULL\n"sv}, // 1.0
        {"var_export", {Dbl(0x3ff0000000000000ULL)}, "1.0NULL\n"sv}, // 1.0
        {"var_export", {Dbl(0x3ff0000000000000ULL), Tru()}, "string(3) \"1.0\"\n"sv}, // 1.0
        {"print_r", {Dbl(0x3ff0000000000000ULL)}, "1bool(true)\n"sv}, // 1.0
        {"print_r", {Dbl(0x3ff0000000000000ULL), Tru()}, "string(1) \"1\"\n"sv}, // 1.0
        {"var_dump", {Dbl(0xbff8000000000000ULL)}, "float(-1.5)\nNULL\n"sv}, // -1.5
        {"var_export", {Dbl(0xbff8000000000000ULL)}, "-1.5NULL\n"sv}, // -1.5
        {"var_export", {Dbl(0xbff8000000000000ULL), Tru()}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"print_r", {Dbl(0xbff8000000000000ULL)}, "-1.5bool(true)\n"sv}, // -1.5
        {"print_r", {Dbl(0xbff8000000000000ULL), Tru()}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"var_dump", {Dbl(0x45208b2a2c280291ULL)}, "float(1.0E+25)\nNULL\n"sv}, // 1.0E+25
        {"var_export", {Dbl(0x45208b2a2c280291ULL)}, "1.0E+25NULL\n"sv}, // 1.0E+25
        {"var_export", {Dbl(0x45208b2a2c280291ULL), Tru()}, "string(7) \"1.0E+25\"\n"sv}, // 1.0E+25
        {"print_r", {Dbl(0x45208b2a2c280291ULL)}, "1.0E+25bool(true)\n"sv}, // 1.0E+25
        {"print_r", {Dbl(0x45208b2a2c280291ULL), Tru()}, "string(7) \"1.0E+25\"\n"sv}, // 1.0E+25
        {"var_dump", {Dbl(0x430c6bf526340000ULL)}, "float(1000000000000000)\nNULL\n"sv}, // 1000000000000000.0
        {"var_export", {Dbl(0x430c6bf526340000ULL)}, "1000000000000000.0NULL\n"sv}, // 1000000000000000.0
        {"var_export", {Dbl(0x430c6bf526340000ULL), Tru()}, "string(18) \"1000000000000000.0\"\n"sv}, // 1000000000000000.0
        {"print_r", {Dbl(0x430c6bf526340000ULL)}, "1.0E+15bool(true)\n"sv}, // 1000000000000000.0
        {"print_r", {Dbl(0x430c6bf526340000ULL), Tru()}, "string(7) \"1.0E+15\"\n"sv}, // 1000000000000000.0
        {"var_dump", {Dbl(0x42d6bcc41e900000ULL)}, "float(100000000000000)\nNULL\n"sv}, // 100000000000000.0
        {"var_export", {Dbl(0x42d6bcc41e900000ULL)}, "100000000000000.0NULL\n"sv}, // 100000000000000.0
        {"var_export", {Dbl(0x42d6bcc41e900000ULL), Tru()}, "string(17) \"100000000000000.0\"\n"sv}, // 100000000000000.0
        {"print_r", {Dbl(0x42d6bcc41e900000ULL)}, "1.0E+14bool(true)\n"sv}, // 100000000000000.0
        {"print_r", {Dbl(0x42d6bcc41e900000ULL), Tru()}, "string(7) \"1.0E+14\"\n"sv}, // 100000000000000.0
        {"var_dump", {Dbl(0x3e7ad7f29abcaf48ULL)}, "float(1.0E-7)\nNULL\n"sv}, // 1.0E-7
        {"var_export", {Dbl(0x3e7ad7f29abcaf48ULL)}, "1.0E-7NULL\n"sv}, // 1.0E-7
        {"var_export", {Dbl(0x3e7ad7f29abcaf48ULL), Tru()}, "string(6) \"1.0E-7\"\n"sv}, // 1.0E-7
        {"print_r", {Dbl(0x3e7ad7f29abcaf48ULL)}, "1.0E-7bool(true)\n"sv}, // 1.0E-7
        {"print_r", {Dbl(0x3e7ad7f29abcaf48ULL), Tru()}, "string(6) \"1.0E-7\"\n"sv}, // 1.0E-7
        {"var_dump", {Dbl(0x3fd3333333333334ULL)}, "float(0.30000000000000004)\nNULL\n"sv}, // 0.30000000000000004
        {"var_export", {Dbl(0x3fd3333333333334ULL)}, "0.30000000000000004NULL\n"sv}, // 0.30000000000000004
        {"var_export", {Dbl(0x3fd3333333333334ULL), Tru()}, "string(19) \"0.30000000000000004\"\n"sv}, // 0.30000000000000004
        {"print_r", {Dbl(0x3fd3333333333334ULL)}, "0.3bool(true)\n"sv}, // 0.30000000000000004
        {"print_r", {Dbl(0x3fd3333333333334ULL), Tru()}, "string(3) \"0.3\"\n"sv}, // 0.30000000000000004
        {"var_dump", {Dbl(0x3fd5555555555555ULL)}, "float(0.3333333333333333)\nNULL\n"sv}, // 0.3333333333333333
        {"var_export", {Dbl(0x3fd5555555555555ULL)}, "0.3333333333333333NULL\n"sv}, // 0.3333333333333333
        {"var_export", {Dbl(0x3fd5555555555555ULL), Tru()}, "string(18) \"0.3333333333333333\"\n"sv}, // 0.3333333333333333
        {"print_r", {Dbl(0x3fd5555555555555ULL)}, "0.33333333333333bool(true)\n"sv}, // 0.3333333333333333
        {"print_r", {Dbl(0x3fd5555555555555ULL), Tru()}, "string(16) \"0.33333333333333\"\n"sv}, // 0.3333333333333333
        {"var_dump", {Dbl(0x437b69b4ba630f35ULL)}, "float(1.2345678901234568E+17)\nNULL\n"sv}, // 1.2345678901234568E+17
        {"var_export", {Dbl(0x437b69b4ba630f35ULL)}, "1.2345678901234568E+17NULL\n"sv}, // 1.2345678901234568E+17
        {"var_export", {Dbl(0x437b69b4ba630f35ULL), Tru()}, "string(22) \"1.2345678901234568E+17\"\n"sv}, // 1.2345678901234568E+17
        {"print_r", {Dbl(0x437b69b4ba630f35ULL)}, "1.2345678901235E+17bool(true)\n"sv}, // 1.2345678901234568E+17
        {"print_r", {Dbl(0x437b69b4ba630f35ULL), Tru()}, "string(19) \"1.2345678901235E+17\"\n"sv}, // 1.2345678901234568E+17
        {"var_dump", {Dbl(0x0000000000000001ULL)}, "float(5.0E-324)\nNULL\n"sv}, // 5.0E-324
        {"var_export", {Dbl(0x0000000000000001ULL)}, "5.0E-324NULL\n"sv}, // 5.0E-324
        {"var_export", {Dbl(0x0000000000000001ULL), Tru()}, "string(8) \"5.0E-324\"\n"sv}, // 5.0E-324
        {"print_r", {Dbl(0x0000000000000001ULL)}, "4.9406564584125E-324bool(true)\n"sv}, // 5.0E-324
        {"print_r", {Dbl(0x0000000000000001ULL), Tru()}, "string(20) \"4.9406564584125E-324\"\n"sv}, // 5.0E-324
        {"var_dump", {Dbl(0x7fefffffffffffffULL)}, "float(1.7976931348623157E+308)\nNULL\n"sv}, // 1.7976931348623157E+308
        {"var_export", {Dbl(0x7fefffffffffffffULL)}, "1.7976931348623157E+308NULL\n"sv}, // 1.7976931348623157E+308
        {"var_export", {Dbl(0x7fefffffffffffffULL), Tru()}, "string(23) \"1.7976931348623157E+308\"\n"sv}, // 1.7976931348623157E+308
        {"print_r", {Dbl(0x7fefffffffffffffULL)}, "1.7976931348623E+308bool(true)\n"sv}, // 1.7976931348623157E+308
        {"print_r", {Dbl(0x7fefffffffffffffULL), Tru()}, "string(20) \"1.7976931348623E+308\"\n"sv}, // 1.7976931348623157E+308
        {"var_dump", {Dbl(0x7ff0000000000000ULL)}, "float(INF)\nNULL\n"sv}, // INF
        {"var_export", {Dbl(0x7ff0000000000000ULL)}, "INFNULL\n"sv}, // INF
        {"var_export", {Dbl(0x7ff0000000000000ULL), Tru()}, "string(3) \"INF\"\n"sv}, // INF
        {"print_r", {Dbl(0x7ff0000000000000ULL)}, "INFbool(true)\n"sv}, // INF
        {"print_r", {Dbl(0x7ff0000000000000ULL), Tru()}, "string(3) \"INF\"\n"sv}, // INF
        {"var_dump", {Dbl(0xfff0000000000000ULL)}, "float(-INF)\nNULL\n"sv}, // -INF
        {"var_export", {Dbl(0xfff0000000000000ULL)}, "-INFNULL\n"sv}, // -INF
        {"var_export", {Dbl(0xfff0000000000000ULL), Tru()}, "string(4) \"-INF\"\n"sv}, // -INF
        {"print_r", {Dbl(0xfff0000000000000ULL)}, "-INFbool(true)\n"sv}, // -INF
        {"print_r", {Dbl(0xfff0000000000000ULL), Tru()}, "string(4) \"-INF\"\n"sv}, // -INF
        {"var_dump", {Dbl(0x7ff8000000000000ULL)}, "float(NAN)\nNULL\n"sv}, // NAN
        {"var_export", {Dbl(0x7ff8000000000000ULL)}, "NANNULL\n"sv}, // NAN
        {"var_export", {Dbl(0x7ff8000000000000ULL), Tru()}, "string(3) \"NAN\"\n"sv}, // NAN
        {"print_r", {Dbl(0x7ff8000000000000ULL)}, "NANbool(true)\n"sv}, // NAN
        {"print_r", {Dbl(0x7ff8000000000000ULL), Tru()}, "string(3) \"NAN\"\n"sv}, // NAN
        {"var_dump", {Str(""sv)}, "string(0) \"\"\nNULL\n"sv},
        {"var_export", {Str(""sv)}, "''NULL\n"sv},
        {"var_export", {Str(""sv), Tru()}, "string(2) \"''\"\n"sv},
        {"print_r", {Str(""sv)}, "bool(true)\n"sv},
        {"print_r", {Str(""sv), Tru()}, "string(0) \"\"\n"sv},
        {"var_dump", {Str("abc"sv)}, "string(3) \"abc\"\nNULL\n"sv},
        {"var_export", {Str("abc"sv)}, "'abc'NULL\n"sv},
        {"var_export", {Str("abc"sv), Tru()}, "string(5) \"'abc'\"\n"sv},
        {"print_r", {Str("abc"sv)}, "abcbool(true)\n"sv},
        {"print_r", {Str("abc"sv), Tru()}, "string(3) \"abc\"\n"sv},
        {"var_dump", {Str("a'b\\c\000d"sv)}, "string(7) \"a'b\\c\000d\"\nNULL\n"sv},
        {"var_export", {Str("a'b\\c\000d"sv)}, "'a\\'b\\\\c' . \"\\0\" . 'd'NULL\n"sv},
        {"var_export", {Str("a'b\\c\000d"sv), Tru()}, "string(22) \"'a\\'b\\\\c' . \"\\0\" . 'd'\"\n"sv},
        {"print_r", {Str("a'b\\c\000d"sv)}, "a'b\\c\000dbool(true)\n"sv},
        {"print_r", {Str("a'b\\c\000d"sv), Tru()}, "string(7) \"a'b\\c\000d\"\n"sv},
        {"var_dump", {Str("line\nbreak"sv)}, "string(10) \"line\nbreak\"\nNULL\n"sv},
        {"var_export", {Str("line\nbreak"sv)}, "'line\nbreak'NULL\n"sv},
        {"var_export", {Str("line\nbreak"sv), Tru()}, "string(12) \"'line\nbreak'\"\n"sv},
        {"print_r", {Str("line\nbreak"sv)}, "line\nbreakbool(true)\n"sv},
        {"print_r", {Str("line\nbreak"sv), Tru()}, "string(10) \"line\nbreak\"\n"sv},
        {"var_dump", {Str("\000"sv)}, "string(1) \"\000\"\nNULL\n"sv},
        {"var_export", {Str("\000"sv)}, "'' . \"\\0\" . ''NULL\n"sv},
        {"var_export", {Str("\000"sv), Tru()}, "string(14) \"'' . \"\\0\" . ''\"\n"sv},
        {"print_r", {Str("\000"sv)}, "\000bool(true)\n"sv},
        {"print_r", {Str("\000"sv), Tru()}, "string(1) \"\000\"\n"sv},
        {"var_dump", {Str("'"sv)}, "string(1) \"'\"\nNULL\n"sv},
        {"var_export", {Str("'"sv)}, "'\\''NULL\n"sv},
        {"var_export", {Str("'"sv), Tru()}, "string(4) \"'\\''\"\n"sv},
        {"print_r", {Str("'"sv)}, "'bool(true)\n"sv},
        {"print_r", {Str("'"sv), Tru()}, "string(1) \"'\"\n"sv},
        {"var_dump", {Str("\\"sv)}, "string(1) \"\\\"\nNULL\n"sv},
        {"var_export", {Str("\\"sv)}, "'\\\\'NULL\n"sv},
        {"var_export", {Str("\\"sv), Tru()}, "string(4) \"'\\\\'\"\n"sv},
        {"print_r", {Str("\\"sv)}, "\\bool(true)\n"sv},
        {"print_r", {Str("\\"sv), Tru()}, "string(1) \"\\\"\n"sv},
        {"var_dump", {Str("\177\377"sv)}, "string(2) \"\177\377\"\nNULL\n"sv},
        {"var_export", {Str("\177\377"sv)}, "'\177\377'NULL\n"sv},
        {"var_export", {Str("\177\377"sv), Tru()}, "string(4) \"'\177\377'\"\n"sv},
        {"print_r", {Str("\177\377"sv)}, "\177\377bool(true)\n"sv},
        {"print_r", {Str("\177\377"sv), Tru()}, "string(2) \"\177\377\"\n"sv},
        {"var_dump", {Tru()}, "bool(true)\nNULL\n"sv},
        {"var_export", {Tru()}, "trueNULL\n"sv},
        {"var_export", {Tru(), Tru()}, "string(4) \"true\"\n"sv},
        {"print_r", {Tru()}, "1bool(true)\n"sv},
        {"print_r", {Tru(), Tru()}, "string(1) \"1\"\n"sv},
        {"var_dump", {Fal()}, "bool(false)\nNULL\n"sv},
        {"var_export", {Fal()}, "falseNULL\n"sv},
        {"var_export", {Fal(), Tru()}, "string(5) \"false\"\n"sv},
        {"print_r", {Fal()}, "bool(true)\n"sv},
        {"print_r", {Fal(), Tru()}, "string(0) \"\"\n"sv},
        {"var_dump", {Nul()}, "NULL\nNULL\n"sv},
        {"var_export", {Nul()}, "NULLNULL\n"sv},
        {"var_export", {Nul(), Tru()}, "string(4) \"NULL\"\n"sv},
        {"print_r", {Nul()}, "bool(true)\n"sv},
        {"print_r", {Nul(), Tru()}, "string(0) \"\"\n"sv},
        {"var_dump", {Int(1), Str("two"sv), Dbl(0x4008000000000000ULL), Nul(), Fal()}, "int(1)\nstring(3) \"two\"\nfloat(3)\nNULL\nbool(false)\nNULL\n"sv}, // 3.0
        {"var_export", {Int(1), Str("yes"sv)}, "string(1) \"1\"\n"sv},
        {"var_export", {Int(1), Nul()}, "\nDeprecated: var_export(): Passing null to parameter #2 ($return) of type bool is deprecated in Command line code on line 1\n1NULL\n"sv},
        {"print_r", {Dbl(0x3ff8000000000000ULL), Int(1)}, "string(3) \"1.5\"\n"sv}, // 1.5
    };
    return cases;
}

} // namespace

class VarTest : public BuiltinTest {};

TEST_F(VarTest, MatchesPhp)
{
    check_table(matches_php_cases().data(), matches_php_cases().size());
}

} // namespace miniphp::runtime::builtins_test

// Argument reading (args.h) against php 8.2: each zend_parse_parameters coercion,
// deprecation and TypeError, through builtins whose parameters have that type
// (strlen: string, str_repeat: string and int, sqrt/fmod: float, abs: int|float,
// print_r's $return: bool, number_format's separators: ?string), and the
// ArgumentCountError messages of call_builtin.
#include "builtins_test_support.h"

namespace miniphp::runtime::builtins_test {

namespace {

// Generated from php 8.2: see builtins_test_support.h.
const std::vector<Case>& matches_php_cases()
{
    static const std::vector<Case> cases = {
        {"strlen", {Str("abc"sv)}, "int(3)\n"sv},
        {"strlen", {Str(""sv)}, "int(0)\n"sv},
        {"strlen", {Str("a\\0b"sv)}, "int(4)\n"sv},
        {"strlen", {Str("a\000b"sv)}, "int(3)\n"sv},
        {"strlen", {Int(123)}, "int(3)\n"sv},
        {"strlen", {Dbl(0xbff8000000000000ULL)}, "int(4)\n"sv}, // -1.5
        {"strlen", {Dbl(0x45208b2a2c280291ULL)}, "int(7)\n"sv}, // 1.0E+25
        {"strlen", {Dbl(0x3fb999999999999aULL)}, "int(3)\n"sv}, // 0.1
        {"strlen", {Dbl(0x3fd3333333333334ULL)}, "int(3)\n"sv}, // 0.30000000000000004
        {"strlen", {Dbl(0x8000000000000000ULL)}, "int(2)\n"sv}, // -0.0
        {"strlen", {Dbl(0x430c6bf526340000ULL)}, "int(7)\n"sv}, // 1000000000000000.0
        {"strlen", {Dbl(0x42d6bcc41e900000ULL)}, "int(7)\n"sv}, // 100000000000000.0
        {"strlen", {Dbl(0x7ff0000000000000ULL)}, "int(3)\n"sv}, // INF
        {"strlen", {Dbl(0x7ff8000000000000ULL)}, "int(3)\n"sv}, // NAN
        {"strlen", {Tru()}, "int(1)\n"sv},
        {"strlen", {Fal()}, "int(0)\n"sv},
        {"strlen", {Nul()}, "\nDeprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in Command line code on line 1\nint(0)\n"sv},
        {"strlen", {Int(INT64_MIN)}, "int(20)\n"sv},
        {"str_repeat", {Str("x"sv), Int(3)}, "string(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("3"sv)}, "string(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str(" 3"sv)}, "string(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("3 "sv)}, "string(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str(" 3 \n"sv)}, "string(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("\0113"sv)}, "string(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("+3"sv)}, "string(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("3.0"sv)}, "string(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("3.5"sv)}, "\nDeprecated: Implicit conversion from float-string \"3.5\" to int loses precision in Command line code on line 1\nstring(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str(" 3.5 "sv)}, "\nDeprecated: Implicit conversion from float-string \" 3.5 \" to int loses precision in Command line code on line 1\nstring(3) \"xxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Dbl(0x400c000000000000ULL)}, "\nDeprecated: Implicit conversion from float 3.5 to int loses precision in Command line code on line 1\nstring(3) \"xxx\"\n"sv}, // 3.5
        {"str_repeat", {Str("x"sv), Dbl(0x4008000000000000ULL)}, "string(3) \"xxx\"\n"sv}, // 3.0
        {"str_repeat", {Str("x"sv), Dbl(0x8000000000000000ULL)}, "string(0) \"\"\n"sv}, // -0.0
        {"str_repeat", {Str("x"sv), Str("5 apples"sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Str("abc"sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Str(""sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Str(" "sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Str("1e2"sv)}, "string(100) \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("1e-2"sv)}, "\nDeprecated: Implicit conversion from float-string \"1e-2\" to int loses precision in Command line code on line 1\nstring(0) \"\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("0x1A"sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Str("0b11"sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Str("012"sv)}, "string(12) \"xxxxxxxxxxxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str(".5"sv)}, "\nDeprecated: Implicit conversion from float-string \".5\" to int loses precision in Command line code on line 1\nstring(0) \"\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("5."sv)}, "string(5) \"xxxxx\"\n"sv},
        {"str_repeat", {Str("x"sv), Str("1e30"sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Dbl(0x46293e5939a08ceaULL)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, float given\n"sv}, // 1.0E+30
        {"str_repeat", {Str("x"sv), Dbl(0xc6293e5939a08ceaULL)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, float given\n"sv}, // -1.0E+30
        {"str_repeat", {Str("x"sv), Dbl(0x7ff8000000000000ULL)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, float given\n"sv}, // NAN
        {"str_repeat", {Str("x"sv), Dbl(0x7ff0000000000000ULL)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, float given\n"sv}, // INF
        {"str_repeat", {Str("x"sv), Dbl(0xfff0000000000000ULL)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, float given\n"sv}, // -INF
        {"str_repeat", {Str("x"sv), Nul()}, "\nDeprecated: str_repeat(): Passing null to parameter #2 ($times) of type int is deprecated in Command line code on line 1\nstring(0) \"\"\n"sv},
        {"str_repeat", {Str("x"sv), Tru()}, "string(1) \"x\"\n"sv},
        {"str_repeat", {Str("x"sv), Fal()}, "string(0) \"\"\n"sv},
        {"str_repeat", {Str("x"sv), Int(-1)}, "ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0\n"sv},
        {"str_repeat", {Str("x"sv), Str("-1"sv)}, "ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0\n"sv},
        {"str_repeat", {Str("x"sv), Dbl(0x43e0000000000000ULL)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, float given\n"sv}, // 9.223372036854776E+18
        {"str_repeat", {Str("x"sv), Dbl(0xc3e0000000000000ULL)}, "ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0\n"sv}, // -9.223372036854776E+18
        {"str_repeat", {Str("x"sv), Str("-9223372036854775808"sv)}, "ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0\n"sv},
        {"str_repeat", {Str("x"sv), Str("9223372036854775808"sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Str("-9223372036854775809"sv)}, "ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0\n"sv},
        {"str_repeat", {Str("x"sv), Str("1_000"sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Str("x"sv), Str("\331\243"sv)}, "TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given\n"sv},
        {"str_repeat", {Nul(), Int(2)}, "\nDeprecated: str_repeat(): Passing null to parameter #1 ($string) of type string is deprecated in Command line code on line 1\nstring(0) \"\"\n"sv},
        {"str_repeat", {Int(12), Int(2)}, "string(4) \"1212\"\n"sv},
        {"str_repeat", {Dbl(0x3ff8000000000000ULL), Int(2)}, "string(6) \"1.51.5\"\n"sv}, // 1.5
        {"str_repeat", {Tru(), Int(2)}, "string(2) \"11\"\n"sv},
        {"str_repeat", {Fal(), Int(2)}, "string(0) \"\"\n"sv},
        {"str_repeat", {Dbl(0x8000000000000000ULL), Int(2)}, "string(4) \"-0-0\"\n"sv}, // -0.0
        {"str_repeat", {Str("ab"sv), Int(0)}, "string(0) \"\"\n"sv},
        {"str_repeat", {Str(""sv), Int(5)}, "string(0) \"\"\n"sv},
        {"str_repeat", {Str("abc"sv), Int(1)}, "string(3) \"abc\"\n"sv},
        {"str_repeat", {Str("abc"sv), Int(4)}, "string(12) \"abcabcabcabc\"\n"sv},
        {"str_repeat", {Str("-"sv), Int(100)}, "string(100) \"----------------------------------------------------------------------------------------------------\"\n"sv},
        {"sqrt", {Int(4)}, "float(2)\n"sv},
        {"sqrt", {Str("4"sv)}, "float(2)\n"sv},
        {"sqrt", {Str("4.5"sv)}, "float(2.1213203435596424)\n"sv},
        {"sqrt", {Str(" 4"sv)}, "float(2)\n"sv},
        {"sqrt", {Str("4 "sv)}, "float(2)\n"sv},
        {"sqrt", {Str("abc"sv)}, "TypeError: sqrt(): Argument #1 ($num) must be of type float, string given\n"sv},
        {"sqrt", {Str("4abc"sv)}, "TypeError: sqrt(): Argument #1 ($num) must be of type float, string given\n"sv},
        {"sqrt", {Str(""sv)}, "TypeError: sqrt(): Argument #1 ($num) must be of type float, string given\n"sv},
        {"sqrt", {Nul()}, "\nDeprecated: sqrt(): Passing null to parameter #1 ($num) of type float is deprecated in Command line code on line 1\nfloat(0)\n"sv},
        {"sqrt", {Tru()}, "float(1)\n"sv},
        {"sqrt", {Fal()}, "float(0)\n"sv},
        {"sqrt", {Dbl(0x7ff0000000000000ULL)}, "float(INF)\n"sv}, // INF
        {"sqrt", {Int(-1)}, "float(NAN)\n"sv},
        {"sqrt", {Dbl(0x7ff8000000000000ULL)}, "float(NAN)\n"sv}, // NAN
        {"sqrt", {Str("1e500"sv)}, "float(INF)\n"sv},
        {"sqrt", {Str("-1e500"sv)}, "float(NAN)\n"sv},
        {"sqrt", {Str(" 1e3 "sv)}, "float(31.622776601683793)\n"sv},
        {"sqrt", {Int(9223372036854775807)}, "float(3037000499.97605)\n"sv},
        {"sqrt", {Str("0x10"sv)}, "TypeError: sqrt(): Argument #1 ($num) must be of type float, string given\n"sv},
        {"fmod", {Int(10), Int(3)}, "float(1)\n"sv},
        {"fmod", {Int(-10), Int(3)}, "float(-1)\n"sv},
        {"fmod", {Int(10), Int(-3)}, "float(1)\n"sv},
        {"fmod", {Int(1), Int(0)}, "float(NAN)\n"sv},
        {"fmod", {Int(0), Int(0)}, "float(NAN)\n"sv},
        {"fmod", {Dbl(0x4016000000000000ULL), Dbl(0x3ff8000000000000ULL)}, "float(1)\n"sv}, // 5.5 1.5
        {"fmod", {Str("7"sv), Str("2"sv)}, "float(1)\n"sv},
        {"fmod", {Dbl(0x7ff0000000000000ULL), Int(2)}, "float(NAN)\n"sv}, // INF
        {"fmod", {Int(2), Dbl(0x7ff0000000000000ULL)}, "float(2)\n"sv}, // INF
        {"fmod", {Dbl(0x8000000000000000ULL), Int(1)}, "float(-0)\n"sv}, // -0.0
        {"fmod", {Str("a"sv), Int(1)}, "TypeError: fmod(): Argument #1 ($num1) must be of type float, string given\n"sv},
        {"fmod", {Int(1), Nul()}, "\nDeprecated: fmod(): Passing null to parameter #2 ($num2) of type float is deprecated in Command line code on line 1\nfloat(NAN)\n"sv},
        {"abs", {Str("5"sv)}, "int(5)\n"sv},
        {"abs", {Str("-5.5"sv)}, "float(5.5)\n"sv},
        {"abs", {Str(" 5"sv)}, "int(5)\n"sv},
        {"abs", {Str("5 "sv)}, "int(5)\n"sv},
        {"abs", {Str("abc"sv)}, "TypeError: abs(): Argument #1 ($num) must be of type int|float, string given\n"sv},
        {"abs", {Str("5abc"sv)}, "TypeError: abs(): Argument #1 ($num) must be of type int|float, string given\n"sv},
        {"abs", {Str(""sv)}, "TypeError: abs(): Argument #1 ($num) must be of type int|float, string given\n"sv},
        {"abs", {Nul()}, "\nDeprecated: abs(): Passing null to parameter #1 ($num) of type int|float is deprecated in Command line code on line 1\nint(0)\n"sv},
        {"abs", {Tru()}, "int(1)\n"sv},
        {"abs", {Fal()}, "int(0)\n"sv},
        {"abs", {Int(5)}, "int(5)\n"sv},
        {"abs", {Int(-5)}, "int(5)\n"sv},
        {"abs", {Int(INT64_MIN)}, "float(9.223372036854776E+18)\n"sv},
        {"abs", {Int(9223372036854775807)}, "int(9223372036854775807)\n"sv},
        {"abs", {Dbl(0x8000000000000000ULL)}, "float(0)\n"sv}, // -0.0
        {"abs", {Str("1e3"sv)}, "float(1000)\n"sv},
        {"abs", {Str("9223372036854775808"sv)}, "float(9.223372036854776E+18)\n"sv},
        {"abs", {Str("-9223372036854775808"sv)}, "float(9.223372036854776E+18)\n"sv},
        {"abs", {Dbl(0x7ff8000000000000ULL)}, "float(NAN)\n"sv}, // NAN
        {"abs", {Dbl(0xfff0000000000000ULL)}, "float(INF)\n"sv}, // -INF
        {"abs", {Str(" -0 "sv)}, "int(0)\n"sv},
        {"abs", {Str(".5"sv)}, "float(0.5)\n"sv},
        {"print_r", {Str("v"sv), Str("yes"sv)}, "string(1) \"v\"\n"sv},
        {"print_r", {Str("v"sv), Int(0)}, "vbool(true)\n"sv},
        {"print_r", {Str("v"sv), Int(1)}, "string(1) \"v\"\n"sv},
        {"print_r", {Str("v"sv), Str("0"sv)}, "vbool(true)\n"sv},
        {"print_r", {Str("v"sv), Str(""sv)}, "vbool(true)\n"sv},
        {"print_r", {Str("v"sv), Str("0.0"sv)}, "string(1) \"v\"\n"sv},
        {"print_r", {Str("v"sv), Dbl(0x0000000000000000ULL)}, "vbool(true)\n"sv}, // 0.0
        {"print_r", {Str("v"sv), Dbl(0x8000000000000000ULL)}, "vbool(true)\n"sv}, // -0.0
        {"print_r", {Str("v"sv), Str("false"sv)}, "string(1) \"v\"\n"sv},
        {"print_r", {Str("v"sv), Nul()}, "\nDeprecated: print_r(): Passing null to parameter #2 ($return) of type bool is deprecated in Command line code on line 1\nvbool(true)\n"sv},
        {"print_r", {Str("v"sv), Dbl(0x4004000000000000ULL)}, "string(1) \"v\"\n"sv}, // 2.5
        {"print_r", {Str("v"sv), Dbl(0x7ff8000000000000ULL)}, "string(1) \"v\"\n"sv}, // NAN
        {"intdiv", {Int(7), Int(2)}, "int(3)\n"sv},
        {"intdiv", {Int(-7), Int(2)}, "int(-3)\n"sv},
        {"intdiv", {Int(7), Int(-2)}, "int(-3)\n"sv},
        {"intdiv", {Int(-7), Int(-2)}, "int(3)\n"sv},
        {"intdiv", {Int(1), Int(0)}, "DivisionByZeroError: Division by zero\n"sv},
        {"intdiv", {Int(0), Int(5)}, "int(0)\n"sv},
        {"intdiv", {Int(INT64_MIN), Int(-1)}, "ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer\n"sv},
        {"intdiv", {Int(INT64_MIN), Int(1)}, "int(-9223372036854775808)\n"sv},
        {"intdiv", {Int(9223372036854775807), Int(-1)}, "int(-9223372036854775807)\n"sv},
        {"intdiv", {Str("7"sv), Str("2"sv)}, "int(3)\n"sv},
        {"intdiv", {Dbl(0x401e000000000000ULL), Int(2)}, "\nDeprecated: Implicit conversion from float 7.5 to int loses precision in Command line code on line 1\nint(3)\n"sv}, // 7.5
        {"intdiv", {Str("7.5"sv), Int(2)}, "\nDeprecated: Implicit conversion from float-string \"7.5\" to int loses precision in Command line code on line 1\nint(3)\n"sv},
        {"intdiv", {Int(7), Str("x"sv)}, "TypeError: intdiv(): Argument #2 ($num2) must be of type int, string given\n"sv},
        {"intdiv", {Nul(), Int(2)}, "\nDeprecated: intdiv(): Passing null to parameter #1 ($num1) of type int is deprecated in Command line code on line 1\nint(0)\n"sv},
        {"intdiv", {Int(7), Dbl(0x3fe0000000000000ULL)}, "\nDeprecated: Implicit conversion from float 0.5 to int loses precision in Command line code on line 1\nDivisionByZeroError: Division by zero\n"sv}, // 0.5
        {"intdiv", {Int(7), Str("0"sv)}, "DivisionByZeroError: Division by zero\n"sv},
        {"intdiv", {Tru(), Tru()}, "int(1)\n"sv},
        {"number_format", {Dbl(0x40934a0000000000ULL), Int(2), Nul(), Nul()}, "string(8) \"1,234.50\"\n"sv}, // 1234.5
        {"number_format", {Dbl(0x40934a0000000000ULL), Int(2), Int(1), Int(2)}, "string(8) \"12234150\"\n"sv}, // 1234.5
        {"number_format", {Dbl(0x40934a0000000000ULL), Int(2), Tru(), Fal()}, "string(7) \"1234150\"\n"sv}, // 1234.5
        {"number_format", {Dbl(0x40934a0000000000ULL), Int(2), Dbl(0x3fe0000000000000ULL), Dbl(0x4415af1d78b58c40ULL)}, "string(16) \"11.0E+202340.550\"\n"sv}, // 1234.5 0.5 1.0E+20
        {"number_format", {Dbl(0x40934a0000000000ULL), Str("2"sv), Str(""sv), Str(""sv)}, "string(6) \"123450\"\n"sv}, // 1234.5
        {"number_format", {Dbl(0x40934a0000000000ULL), Str("x"sv)}, "TypeError: number_format(): Argument #2 ($decimals) must be of type int, string given\n"sv}, // 1234.5
        {"number_format", {Dbl(0x40934a0000000000ULL), Nul()}, "\nDeprecated: number_format(): Passing null to parameter #2 ($decimals) of type int is deprecated in Command line code on line 1\nstring(5) \"1,235\"\n"sv}, // 1234.5
        {"number_format", {Str("1234.5"sv)}, "string(5) \"1,235\"\n"sv},
        {"number_format", {Str("1234.5x"sv)}, "TypeError: number_format(): Argument #1 ($num) must be of type float, string given\n"sv},
        {"number_format", {Nul()}, "\nDeprecated: number_format(): Passing null to parameter #1 ($num) of type float is deprecated in Command line code on line 1\nstring(1) \"0\"\n"sv},
        {"strlen", {}, "ArgumentCountError: strlen() expects exactly 1 argument, 0 given\n"sv},
        {"strlen", {Int(1), Int(2)}, "ArgumentCountError: strlen() expects exactly 1 argument, 2 given\n"sv},
        {"str_repeat", {Str("x"sv)}, "ArgumentCountError: str_repeat() expects exactly 2 arguments, 1 given\n"sv},
        {"str_repeat", {Str("x"sv), Int(1), Int(2)}, "ArgumentCountError: str_repeat() expects exactly 2 arguments, 3 given\n"sv},
        {"round", {}, "ArgumentCountError: round() expects at least 1 argument, 0 given\n"sv},
        {"round", {Int(1), Int(2), Int(3), Int(4)}, "ArgumentCountError: round() expects at most 3 arguments, 4 given\n"sv},
        {"pi", {Int(1)}, "ArgumentCountError: pi() expects exactly 0 arguments, 1 given\n"sv},
        {"max", {}, "ArgumentCountError: max() expects at least 1 argument, 0 given\n"sv},
        {"min", {}, "ArgumentCountError: min() expects at least 1 argument, 0 given\n"sv},
        {"var_dump", {}, "ArgumentCountError: var_dump() expects at least 1 argument, 0 given\n"sv},
        {"sprintf", {}, "ArgumentCountError: sprintf() expects at least 1 argument, 0 given\n"sv},
        {"printf", {}, "ArgumentCountError: printf() expects at least 1 argument, 0 given\n"sv},
        {"intval", {}, "ArgumentCountError: intval() expects at least 1 argument, 0 given\n"sv},
        {"intval", {Int(1), Int(2), Int(3)}, "ArgumentCountError: intval() expects at most 2 arguments, 3 given\n"sv},
        {"number_format", {}, "ArgumentCountError: number_format() expects at least 1 argument, 0 given\n"sv},
        {"number_format", {Int(1), Int(2), Int(3), Int(4), Int(5)}, "ArgumentCountError: number_format() expects at most 4 arguments, 5 given\n"sv},
        {"intdiv", {Int(1)}, "ArgumentCountError: intdiv() expects exactly 2 arguments, 1 given\n"sv},
        {"fmod", {Int(1), Int(2), Int(3)}, "ArgumentCountError: fmod() expects exactly 2 arguments, 3 given\n"sv},
        {"is_int", {}, "ArgumentCountError: is_int() expects exactly 1 argument, 0 given\n"sv},
        {"is_int", {Int(1), Int(2)}, "ArgumentCountError: is_int() expects exactly 1 argument, 2 given\n"sv},
        {"gettype", {}, "ArgumentCountError: gettype() expects exactly 1 argument, 0 given\n"sv},
        {"var_export", {Int(1), Tru(), Int(3)}, "ArgumentCountError: var_export() expects at most 2 arguments, 3 given\n"sv},
        {"print_r", {}, "ArgumentCountError: print_r() expects at least 1 argument, 0 given\n"sv},
        {"vsprintf", {Str("x"sv)}, "ArgumentCountError: vsprintf() expects exactly 2 arguments, 1 given\n"sv},
        {"abs", {}, "ArgumentCountError: abs() expects exactly 1 argument, 0 given\n"sv},
        {"pow", {Int(2)}, "ArgumentCountError: pow() expects exactly 2 arguments, 1 given\n"sv},
        {"sqrt", {Int(1), Int(2)}, "ArgumentCountError: sqrt() expects exactly 1 argument, 2 given\n"sv},
    };
    return cases;
}

} // namespace

class ArgsTest : public BuiltinTest {};

TEST_F(ArgsTest, MatchesPhp)
{
    check_table(matches_php_cases().data(), matches_php_cases().size());
}

} // namespace miniphp::runtime::builtins_test

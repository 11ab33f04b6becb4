// Math builtins against php 8.2: round (pre-rounding, ties, negative precision, the
// four modes, three hundred random values), floor/ceil, pow, max/min across types,
// intdiv and number_format.
#include "builtins_test_support.h"

namespace miniphp::runtime::builtins_test {

namespace {

// Generated from php 8.2: see builtins_test_support.h.
const std::vector<Case>& matches_php_cases()
{
    static const std::vector<Case> cases = {
        {"round", {Dbl(0x3fff47ae147ae148ULL), Int(2)}, "float(1.96)\n"sv}, // 1.955
        {"round", {Dbl(0x40142e147ae147aeULL), Int(2)}, "float(5.05)\n"sv}, // 5.045
        {"round", {Dbl(0x40143851eb851eb8ULL), Int(2)}, "float(5.06)\n"sv}, // 5.055
        {"round", {Dbl(0xbfe0000000000000ULL), Int(0)}, "float(-1)\n"sv}, // -0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(0)}, "float(1)\n"sv}, // 0.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(0)}, "float(2)\n"sv}, // 1.5
        {"round", {Dbl(0x4004000000000000ULL), Int(0)}, "float(3)\n"sv}, // 2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(0)}, "float(-3)\n"sv}, // -2.5
        {"round", {Dbl(0x4132d687e4189375ULL), Int(-3)}, "float(1235000)\n"sv}, // 1234567.891
        {"round", {Dbl(0x4132d687e4189375ULL), Int(-7)}, "float(0)\n"sv}, // 1234567.891
        {"round", {Dbl(0x4132d687e4189375ULL), Int(-10)}, "float(0)\n"sv}, // 1234567.891
        {"round", {Dbl(0x3fdfffffffffffffULL), Int(0)}, "float(1)\n"sv}, // 0.49999999999999994
        {"round", {Dbl(0x3ff7333333333333ULL), Int(1)}, "float(1.5)\n"sv}, // 1.45
        {"round", {Dbl(0xbff7333333333333ULL), Int(1)}, "float(-1.5)\n"sv}, // -1.45
        {"round", {Dbl(0x3fd23d70a3d70a3dULL), Int(2)}, "float(0.29)\n"sv}, // 0.285
        {"round", {Dbl(0x3ff0000000000001ULL), Int(15)}, "float(1.0000000000000002)\n"sv}, // 1.0000000000000002
        {"round", {Dbl(0x400921f9f01b866eULL), Int(3)}, "float(3.142)\n"sv}, // 3.14159
        {"round", {Dbl(0x400921f9f01b866eULL), Str("2"sv)}, "float(3.14)\n"sv}, // 3.14159
        {"round", {Dbl(0x3ff0147ae147ae14ULL), Int(2)}, "float(1.01)\n"sv}, // 1.005
        {"round", {Dbl(0x4005666666666666ULL), Int(2)}, "float(2.68)\n"sv}, // 2.675
        {"round", {Dbl(0x3fff4b1465e89225ULL), Int(2)}, "float(1.96)\n"sv}, // 1.95583
        {"round", {Int(1241757), Int(-3)}, "float(1242000)\n"sv},
        {"round", {Dbl(0x4016000000000000ULL), Int(0)}, "float(6)\n"sv}, // 5.5
        {"round", {Dbl(0xc016000000000000ULL), Int(0)}, "float(-6)\n"sv}, // -5.5
        {"round", {Dbl(0x0000000000000000ULL), Int(2)}, "float(0)\n"sv}, // 0.0
        {"round", {Dbl(0x8000000000000000ULL), Int(0)}, "float(-0)\n"sv}, // -0.0
        {"round", {Dbl(0x7ff0000000000000ULL), Int(2)}, "float(INF)\n"sv}, // INF
        {"round", {Dbl(0xfff0000000000000ULL), Int(0)}, "float(-INF)\n"sv}, // -INF
        {"round", {Dbl(0x7ff8000000000000ULL), Int(1)}, "float(NAN)\n"sv}, // NAN
        {"round", {Dbl(0x430c6bf526340000ULL), Int(2)}, "float(1000000000000000)\n"sv}, // 1000000000000000.0
        {"round", {Dbl(0x4341c37937e08000ULL), Int(-2)}, "float(10000000000000000)\n"sv}, // 10000000000000000.0
        {"round", {Dbl(0x42dc12218377de6bULL), Int(1)}, "float(123456789012345.67)\n"sv}, // 123456789012345.67
        {"round", {Dbl(0x3fd3333333333334ULL), Int(15)}, "float(0.3)\n"sv}, // 0.30000000000000004
        {"round", {Dbl(0x3fd3333333333334ULL), Int(16)}, "float(0.30000000000000004)\n"sv}, // 0.30000000000000004
        {"round", {Dbl(0x3fd3333333333334ULL), Int(17)}, "float(0.30000000000000004)\n"sv}, // 0.30000000000000004
        {"round", {Dbl(0x3ddb7cdfd9d7bdbbULL), Int(12)}, "float(1.0E-10)\n"sv}, // 1.0E-10
        {"round", {Dbl(0x3de0f7bfe5db09ebULL), Int(15)}, "float(1.23457E-10)\n"sv}, // 1.23456789E-10
        {"round", {Dbl(0x0000000000000001ULL), Int(400)}, "float(5.0E-324)\n"sv}, // 5.0E-324
        {"round", {Dbl(0x7fefffffffffffffULL), Int(-300)}, "float(1.79769313E+308)\n"sv}, // 1.7976931348623157E+308
        {"round", {Dbl(0x3ff8000000000000ULL), Int(400)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(-400)}, "float(0)\n"sv}, // 1.5
        {"round", {Dbl(0x40c81cd6e631f8a1ULL), Int(9223372036854775807)}, "float(12345.6789)\n"sv}, // 12345.6789
        {"round", {Dbl(0x40c81cd6e631f8a1ULL), Int(INT64_MIN)}, "float(0)\n"sv}, // 12345.6789
        {"round", {Dbl(0x4058ffae147ae148ULL), Int(2)}, "float(100)\n"sv}, // 99.995
        {"round", {Dbl(0xc058ffae147ae148ULL), Int(2)}, "float(-100)\n"sv}, // -99.995
        {"round", {Dbl(0x3fa70a3d70a3d70aULL), Int(2)}, "float(0.05)\n"sv}, // 0.045
        {"round", {Dbl(0x3ff8000000000000ULL), Int(0)}, "float(2)\n"sv}, // 1.5
        {"round", {Dbl(0x432fffffffffffffULL), Int(0)}, "float(4503599627370495.5)\n"sv}, // 4503599627370495.5
        {"round", {Int(5), Int(0)}, "float(5)\n"sv},
        {"round", {Int(5), Int(2)}, "float(5)\n"sv},
        {"round", {Int(5), Int(-1)}, "float(10)\n"sv},
        {"round", {Int(15), Int(-1)}, "float(20)\n"sv},
        {"round", {Int(-15), Int(-1)}, "float(-20)\n"sv},
        {"round", {Int(25), Int(-1)}, "float(30)\n"sv},
        {"round", {Int(9223372036854775807), Int(-2)}, "float(9.223372036854776E+18)\n"sv},
        {"round", {Int(9223372036854775807), Int(0)}, "float(9.223372036854776E+18)\n"sv},
        {"round", {Int(INT64_MIN), Int(-3)}, "float(-9.223372036854776E+18)\n"sv},
        {"round", {Int(1234567890123456789), Int(-5)}, "float(1.2345678901235E+18)\n"sv},
        {"round", {Dbl(0xc15807690e147ae1ULL), Int(-23)}, "float(0)\n"sv}, // -6299044.22
        {"round", {Dbl(0x415807690e147ae1ULL), Int(-23)}, "float(0)\n"sv}, // 6299044.22
        {"round", {Dbl(0x3ff8000000000000ULL), Int(25)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x405edd2f1a9fbe77ULL), Int(23)}, "float(123.456)\n"sv}, // 123.456
        {"round", {Dbl(0xbf50624dd2f1a9fcULL), Int(-30)}, "float(0)\n"sv}, // -0.001
        {"round", {Dbl(0xbbd1b578c96db19bULL), Int(23)}, "float(-1.5E-20)\n"sv}, // -1.5E-20
        {"round", {Str("3.7"sv), Int(0)}, "float(4)\n"sv},
        {"round", {Str("3"sv), Int(-1)}, "float(0)\n"sv},
        {"round", {Str(" 3.5"sv), Int(0)}, "float(4)\n"sv},
        {"round", {Str("abc"sv), Int(0)}, "TypeError: round(): Argument #1 ($num) must be of type int|float, string given\n"sv},
        {"round", {Nul(), Int(0)}, "\nDeprecated: round(): Passing null to parameter #1 ($num) of type int|float is deprecated in Command line code on line 1\nfloat(0)\n"sv},
        {"round", {Tru(), Int(0)}, "float(1)\n"sv},
        {"round", {Int(5), Dbl(0x4004000000000000ULL)}, "\nDeprecated: Implicit conversion from float 2.5 to int loses precision in Command line code on line 1\nfloat(5)\n"sv}, // 2.5
        {"round", {Int(5), Str("1.5"sv)}, "\nDeprecated: Implicit conversion from float-string \"1.5\" to int loses precision in Command line code on line 1\nfloat(5)\n"sv},
        {"round", {Int(5), Str("x"sv)}, "TypeError: round(): Argument #2 ($precision) must be of type int, string given\n"sv},
        {"round", {Dbl(0x400d99999999999aULL), Nul()}, "\nDeprecated: round(): Passing null to parameter #2 ($precision) of type int is deprecated in Command line code on line 1\nfloat(4)\n"sv}, // 3.7
        {"round", {Dbl(0x3ff8000000000000ULL), Int(0), Int(1)}, "float(2)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(1), Int(1)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(2), Int(1)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(0), Int(2)}, "float(1)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(1), Int(2)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(2), Int(2)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(0), Int(3)}, "float(2)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(1), Int(3)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(2), Int(3)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(0), Int(4)}, "float(1)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(1), Int(4)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(2), Int(4)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(0), Int(99)}, "float(2)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(1), Int(99)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(2), Int(99)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(0), Int(0)}, "float(2)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(1), Int(0)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x3ff8000000000000ULL), Int(2), Int(0)}, "float(1.5)\n"sv}, // 1.5
        {"round", {Dbl(0x4004000000000000ULL), Int(0), Int(1)}, "float(3)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(1), Int(1)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(2), Int(1)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(0), Int(2)}, "float(2)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(1), Int(2)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(2), Int(2)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(0), Int(3)}, "float(2)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(1), Int(3)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(2), Int(3)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(0), Int(4)}, "float(3)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(1), Int(4)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(2), Int(4)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(0), Int(99)}, "float(3)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(1), Int(99)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(2), Int(99)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(0), Int(0)}, "float(3)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(1), Int(0)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0x4004000000000000ULL), Int(2), Int(0)}, "float(2.5)\n"sv}, // 2.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(0), Int(1)}, "float(-2)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(1), Int(1)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(2), Int(1)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(0), Int(2)}, "float(-1)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(1), Int(2)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(2), Int(2)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(0), Int(3)}, "float(-2)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(1), Int(3)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(2), Int(3)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(0), Int(4)}, "float(-1)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(1), Int(4)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(2), Int(4)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(0), Int(99)}, "float(-2)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(1), Int(99)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(2), Int(99)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(0), Int(0)}, "float(-2)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(1), Int(0)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xbff8000000000000ULL), Int(2), Int(0)}, "float(-1.5)\n"sv}, // -1.5
        {"round", {Dbl(0xc004000000000000ULL), Int(0), Int(1)}, "float(-3)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(1), Int(1)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(2), Int(1)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(0), Int(2)}, "float(-2)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(1), Int(2)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(2), Int(2)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(0), Int(3)}, "float(-2)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(1), Int(3)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(2), Int(3)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(0), Int(4)}, "float(-3)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(1), Int(4)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(2), Int(4)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(0), Int(99)}, "float(-3)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(1), Int(99)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(2), Int(99)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(0), Int(0)}, "float(-3)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(1), Int(0)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0xc004000000000000ULL), Int(2), Int(0)}, "float(-2.5)\n"sv}, // -2.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(0), Int(1)}, "float(1)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(1), Int(1)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(2), Int(1)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(0), Int(2)}, "float(0)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(1), Int(2)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(2), Int(2)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(0), Int(3)}, "float(0)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(1), Int(3)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(2), Int(3)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(0), Int(4)}, "float(1)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(1), Int(4)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(2), Int(4)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(0), Int(99)}, "float(1)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(1), Int(99)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(2), Int(99)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(0), Int(0)}, "float(1)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(1), Int(0)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0x3fe0000000000000ULL), Int(2), Int(0)}, "float(0.5)\n"sv}, // 0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(0), Int(1)}, "float(-1)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(1), Int(1)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(2), Int(1)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(0), Int(2)}, "float(0)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(1), Int(2)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(2), Int(2)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(0), Int(3)}, "float(0)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(1), Int(3)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(2), Int(3)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(0), Int(4)}, "float(-1)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(1), Int(4)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(2), Int(4)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(0), Int(99)}, "float(-1)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(1), Int(99)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(2), Int(99)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(0), Int(0)}, "float(-1)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(1), Int(0)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0xbfe0000000000000ULL), Int(2), Int(0)}, "float(-0.5)\n"sv}, // -0.5
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(0), Int(1)}, "float(2)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(1), Int(1)}, "float(1.6)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(2), Int(1)}, "float(1.55)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(0), Int(2)}, "float(2)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(1), Int(2)}, "float(1.5)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(2), Int(2)}, "float(1.55)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(0), Int(3)}, "float(2)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(1), Int(3)}, "float(1.6)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(2), Int(3)}, "float(1.55)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(0), Int(4)}, "float(2)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(1), Int(4)}, "float(1.5)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(2), Int(4)}, "float(1.55)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(0), Int(99)}, "float(2)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(1), Int(99)}, "float(1.6)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(2), Int(99)}, "float(1.55)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(0), Int(0)}, "float(2)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(1), Int(0)}, "float(1.6)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff8cccccccccccdULL), Int(2), Int(0)}, "float(1.55)\n"sv}, // 1.55
        {"round", {Dbl(0x3ff7333333333333ULL), Int(0), Int(1)}, "float(1)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(1), Int(1)}, "float(1.5)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(2), Int(1)}, "float(1.45)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(0), Int(2)}, "float(1)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(1), Int(2)}, "float(1.4)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(2), Int(2)}, "float(1.45)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(0), Int(3)}, "float(1)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(1), Int(3)}, "float(1.4)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(2), Int(3)}, "float(1.45)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(0), Int(4)}, "float(1)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(1), Int(4)}, "float(1.5)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(2), Int(4)}, "float(1.45)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(0), Int(99)}, "float(1)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(1), Int(99)}, "float(1.5)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(2), Int(99)}, "float(1.45)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(0), Int(0)}, "float(1)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(1), Int(0)}, "float(1.5)\n"sv}, // 1.45
        {"round", {Dbl(0x3ff7333333333333ULL), Int(2), Int(0)}, "float(1.45)\n"sv}, // 1.45
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(0), Int(1)}, "float(-2)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(1), Int(1)}, "float(-1.6)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(2), Int(1)}, "float(-1.55)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(0), Int(2)}, "float(-2)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(1), Int(2)}, "float(-1.5)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(2), Int(2)}, "float(-1.55)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(0), Int(3)}, "float(-2)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(1), Int(3)}, "float(-1.6)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(2), Int(3)}, "float(-1.55)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(0), Int(4)}, "float(-2)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(1), Int(4)}, "float(-1.5)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(2), Int(4)}, "float(-1.55)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(0), Int(99)}, "float(-2)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(1), Int(99)}, "float(-1.6)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(2), Int(99)}, "float(-1.55)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(0), Int(0)}, "float(-2)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(1), Int(0)}, "float(-1.6)\n"sv}, // -1.55
        {"round", {Dbl(0xbff8cccccccccccdULL), Int(2), Int(0)}, "float(-1.55)\n"sv}, // -1.55
        {"round", {Dbl(0x400399999999999aULL), Int(0), Int(1)}, "float(2)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(1), Int(1)}, "float(2.5)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(2), Int(1)}, "float(2.45)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(0), Int(2)}, "float(2)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(1), Int(2)}, "float(2.4)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(2), Int(2)}, "float(2.45)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(0), Int(3)}, "float(2)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(1), Int(3)}, "float(2.4)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(2), Int(3)}, "float(2.45)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(0), Int(4)}, "float(2)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(1), Int(4)}, "float(2.5)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(2), Int(4)}, "float(2.45)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(0), Int(99)}, "float(2)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(1), Int(99)}, "float(2.5)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(2), Int(99)}, "float(2.45)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(0), Int(0)}, "float(2)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(1), Int(0)}, "float(2.5)\n"sv}, // 2.45
        {"round", {Dbl(0x400399999999999aULL), Int(2), Int(0)}, "float(2.45)\n"sv}, // 2.45
        {"round", {Dbl(0x40142e147ae147aeULL), Int(0), Int(1)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(1), Int(1)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(2), Int(1)}, "float(5.05)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(0), Int(2)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(1), Int(2)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(2), Int(2)}, "float(5.04)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(0), Int(3)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(1), Int(3)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(2), Int(3)}, "float(5.04)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(0), Int(4)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(1), Int(4)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(2), Int(4)}, "float(5.05)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(0), Int(99)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(1), Int(99)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(2), Int(99)}, "float(5.05)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(0), Int(0)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(1), Int(0)}, "float(5)\n"sv}, // 5.045
        {"round", {Dbl(0x40142e147ae147aeULL), Int(2), Int(0)}, "float(5.05)\n"sv}, // 5.045
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(0), Int(1)}, "float(1)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(1), Int(1)}, "float(1.2)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(2), Int(1)}, "float(1.23)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(0), Int(2)}, "float(1)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(1), Int(2)}, "float(1.2)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(2), Int(2)}, "float(1.23)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(0), Int(3)}, "float(1)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(1), Int(3)}, "float(1.2)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(2), Int(3)}, "float(1.23)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(0), Int(4)}, "float(1)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(1), Int(4)}, "float(1.2)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(2), Int(4)}, "float(1.23)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(0), Int(99)}, "float(1)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(1), Int(99)}, "float(1.2)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(2), Int(99)}, "float(1.23)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(0), Int(0)}, "float(1)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(1), Int(0)}, "float(1.2)\n"sv}, // 1.2345
        {"round", {Dbl(0x3ff3c083126e978dULL), Int(2), Int(0)}, "float(1.23)\n"sv}, // 1.2345
        {"round", {Dbl(0xc1bc483f78ffdf3bULL), Int(7)}, "float(-474496888.9995)\n"sv}, // -474496888.9995
        {"round", {Int(-191893477), Int(1)}, "float(-191893477)\n"sv},
        {"round", {Dbl(0x412980328a3d70a4ULL), Int(2)}, "float(835609.27)\n"sv}, // 835609.27
        {"round", {Dbl(0xc0ea95baf41f212dULL), Int(0)}, "float(-54446)\n"sv}, // -54445.8423
        {"round", {Dbl(0xbfea3d318964ee16ULL), Int(-4)}, "float(-0)\n"sv}, // -0.81996991
        {"round", {Dbl(0x416d194cbccccccdULL), Int(-4)}, "float(15260000)\n"sv}, // 15256165.9
        {"round", {Dbl(0xc12c035f8bc6a7f0ULL), Int(-2)}, "float(-917900)\n"sv}, // -917935.773
        {"round", {Dbl(0xc183ab708199999aULL), Int(-2)}, "float(-41250300)\n"sv}, // -41250320.2
        {"round", {Dbl(0xc16bf42baccccccdULL), Int(2)}, "float(-14655837.4)\n"sv}, // -14655837.4
        {"round", {Dbl(0x414f8bb926666666ULL), Int(-2)}, "float(4134800)\n"sv}, // 4134770.3
        {"round", {Dbl(0x414a66f1b999999aULL), Int(7)}, "float(3460579.45)\n"sv}, // 3460579.45
        {"round", {Dbl(0x409903bd21ff2e49ULL), Int(1)}, "float(1600.9)\n"sv}, // 1600.9347
        {"round", {Dbl(0x41579510147ae147ULL), Int(4)}, "float(6181952.32)\n"sv}, // 6181952.319999999
        {"round", {Dbl(0x40bebe2dc91d14e4ULL), Int(0)}, "float(7870)\n"sv}, // 7870.17885
        {"round", {Dbl(0x41402a79deb851ecULL), Int(1)}, "float(2118899.7)\n"sv}, // 2118899.74
        {"round", {Dbl(0xc143fc6b17ae147bULL), Int(5)}, "float(-2619606.185)\n"sv}, // -2619606.185
        {"round", {Dbl(0x40beb2928f5c28f6ULL), Int(3)}, "float(7858.573)\n"sv}, // 7858.5725
        {"round", {Dbl(0x415861f9d7ae147bULL), Int(7)}, "float(6391783.37)\n"sv}, // 6391783.37
        {"round", {Dbl(0xc0bc5f3e809d4952ULL), Int(2)}, "float(-7263.24)\n"sv}, // -7263.24415
        {"round", {Dbl(0xc0273cb963637ca7ULL), Int(0)}, "float(-12)\n"sv}, // -11.6186019
        {"round", {Dbl(0x415e516c9d70a3d7ULL), Int(1)}, "float(7947698.5)\n"sv}, // 7947698.46
        {"round", {Dbl(0x4052e5a3c0cf6888ULL), Int(-4)}, "float(0)\n"sv}, // 75.5881197
        {"round", {Dbl(0xc058980bc0fe6271ULL), Int(5)}, "float(-98.37572)\n"sv}, // -98.3757174
        {"round", {Dbl(0xc03e549c7ffde721ULL), Int(6)}, "float(-30.330513)\n"sv}, // -30.330513
        {"round", {Dbl(0x40d3360257a786c2ULL), Int(0)}, "float(19672)\n"sv}, // 19672.0366
        {"round", {Dbl(0xc0e2bd6eee631f8aULL), Int(4)}, "float(-38379.4666)\n"sv}, // -38379.4666
        {"round", {Dbl(0x40f4577fc154c986ULL), Int(5)}, "float(83319.9847)\n"sv}, // 83319.9847
        {"round", {Dbl(0x412cfcf98e5614e0ULL), Int(6)}, "float(949884.778001)\n"sv}, // 949884.7780005
        {"round", {Dbl(0x419022130ccccccdULL), Int(7)}, "float(67667139.2)\n"sv}, // 67667139.2
        {"round", {Dbl(0x40f1b1973e425aeeULL), Int(6)}, "float(72473.4527)\n"sv}, // 72473.4527
        {"round", {Dbl(0xc00c49d7ec0fb327ULL), Int(-4)}, "float(-0)\n"sv}, // -3.5360563700000003
        {"round", {Int(-538533670), Int(-3)}, "float(-538534000)\n"sv},
        {"round", {Dbl(0x41557e018ccccccdULL), Int(-3)}, "float(5634000)\n"sv}, // 5634054.2
        {"round", {Dbl(0x40c1148d1dbca969ULL), Int(1)}, "float(8745.1)\n"sv}, // 8745.10247
        {"round", {Dbl(0xc112217970a3d70aULL), Int(1)}, "float(-297054.4)\n"sv}, // -297054.36
        {"round", {Dbl(0x4147d3227eb851ecULL), Int(5)}, "float(3122756.99)\n"sv}, // 3122756.99
        {"round", {Dbl(0x418064cb9999999aULL), Int(-2)}, "float(34380100)\n"sv}, // 34380147.2
        {"round", {Dbl(0x415dc6b171eb851fULL), Int(2)}, "float(7805637.78)\n"sv}, // 7805637.78
        {"round", {Dbl(0xbfe6788241db8effULL), Int(2)}, "float(-0.7)\n"sv}, // -0.702210549
        {"round", {Dbl(0xc0b75df37be9856aULL), Int(2)}, "float(-5981.95)\n"sv}, // -5981.9511095
        {"round", {Dbl(0x412079f8ee978d50ULL), Int(0)}, "float(539900)\n"sv}, // 539900.466
        {"round", {Dbl(0xc021b85ce055c0a7ULL), Int(-4)}, "float(-0)\n"sv}, // -8.86008359
        {"round", {Dbl(0x40b9406f62174c4dULL), Int(-3)}, "float(6000)\n"sv}, // 6464.4350905
        {"round", {Dbl(0xc12c03618a3d70a4ULL), Int(5)}, "float(-917936.77)\n"sv}, // -917936.77
        {"round", {Dbl(0xc162c8180851eb85ULL), Int(6)}, "float(-9846976.26)\n"sv}, // -9846976.26
        {"round", {Dbl(0xc048ea9e8815e397ULL), Int(-4)}, "float(-0)\n"sv}, // -49.832963
        {"round", {Dbl(0x40842e26b6177ea2ULL), Int(6)}, "float(645.768902)\n"sv}, // 645.768902
        {"round", {Dbl(0xc022d20cd855970bULL), Int(-3)}, "float(-0)\n"sv}, // -9.41025425
        {"round", {Dbl(0x4083b930941c8217ULL), Int(5)}, "float(631.14872)\n"sv}, // 631.14872
        {"round", {Dbl(0xc0a5763caab8a5ceULL), Int(2)}, "float(-2747.12)\n"sv}, // -2747.11849
        {"round", {Dbl(0x40c0a42db9b66f93ULL), Int(1)}, "float(8520.4)\n"sv}, // 8520.35723
        {"round", {Dbl(0x40bb8cd46937d1ffULL), Int(-1)}, "float(7050)\n"sv}, // 7052.829730500001
        {"round", {Dbl(0x41244ba786a7ef9eULL), Int(-3)}, "float(665000)\n"sv}, // 665043.763
        {"round", {Dbl(0x4050eb2e7ceb0d2aULL), Int(-4)}, "float(0)\n"sv}, // 67.6747124
        {"round", {Dbl(0xc08660827f1b6912ULL), Int(7)}, "float(-716.063719)\n"sv}, // -716.063719
        {"round", {Dbl(0xc0dedf5e3886594bULL), Int(7)}, "float(-31613.4722)\n"sv}, // -31613.4722
        {"round", {Dbl(0xc17c7e2556666666ULL), Int(0)}, "float(-29876821)\n"sv}, // -29876821.4
        {"round", {Dbl(0xc0e61728faacd9e8ULL), Int(7)}, "float(-45241.2806)\n"sv}, // -45241.2806
        {"round", {Dbl(0xbfd061c9ecfc1fd4ULL), Int(4)}, "float(-0.256)\n"sv}, // -0.255968553
        {"round", {Dbl(0x3fecd7977653c44dULL), Int(7)}, "float(0.9013173)\n"sv}, // 0.90131734
        {"round", {Dbl(0x404edf6d1c630d16ULL), Int(-4)}, "float(0)\n"sv}, // 61.7455173
        {"round", {Dbl(0x40ac1b61fddebd90ULL), Int(3)}, "float(3597.691)\n"sv}, // 3597.69139
        {"round", {Dbl(0x408ca7b4ae429e0aULL), Int(-1)}, "float(920)\n"sv}, // 916.963223
        {"round", {Dbl(0xc08d7aa6672fba01ULL), Int(-2)}, "float(-900)\n"sv}, // -943.3312514999999
        {"round", {Dbl(0xc078efdc67dfe32aULL), Int(8)}, "float(-398.99131)\n"sv}, // -398.99131
        {"round", {Dbl(0x4162929c9947ae14ULL), Int(6)}, "float(9737444.79)\n"sv}, // 9737444.79
        {"round", {Dbl(0xc13eff383851e322ULL), Int(6)}, "float(-2031416.22)\n"sv}, // -2031416.2199995
        {"round", {Dbl(0x403921d9988d2a20ULL), Int(-4)}, "float(0)\n"sv}, // 25.1322265
        {"round", {Dbl(0x4010d4db7ae5796cULL), Int(-3)}, "float(0)\n"sv}, // 4.2078685
        {"round", {Dbl(0xbfe84b18b3914dacULL), Int(-1)}, "float(-0)\n"sv}, // -0.759167052
        {"round", {Dbl(0x414cb7347d70a3d7ULL), Int(8)}, "float(3763816.98)\n"sv}, // 3763816.98
        {"round", {Dbl(0x404a1b15054ac29cULL), Int(1)}, "float(52.2)\n"sv}, // 52.211579
        {"round", {Dbl(0x40bb93cc7d2c7b89ULL), Int(-2)}, "float(7100)\n"sv}, // 7059.798785
        {"round", {Dbl(0xc04a1d9865bcf33bULL), Int(1)}, "float(-52.2)\n"sv}, // -52.2312133
        {"round", {Dbl(0xbfc161a04381dfeaULL), Int(-2)}, "float(-0)\n"sv}, // -0.13579181
        {"round", {Dbl(0xc0b02fe12d234ebaULL), Int(-3)}, "float(-4000)\n"sv}, // -4143.879595
        {"round", {Dbl(0x415144c9f3333333ULL), Int(7)}, "float(4526887.8)\n"sv}, // 4526887.8
        {"round", {Dbl(0xc1026f34cccccccdULL), Int(-1)}, "float(-151010)\n"sv}, // -151014.6
        {"round", {Dbl(0xc179f3a17199945cULL), Int(6)}, "float(-27212311.099995)\n"sv}, // -27212311.099995002
        {"round", {Dbl(0x4160e59e19eb851fULL), Int(1)}, "float(8858864.8)\n"sv}, // 8858864.81
        {"round", {Dbl(0xbfdffc2d9fc2cae3ULL), Int(3)}, "float(-0.5)\n"sv}, // -0.499766737
        {"round", {Dbl(0xbfe87c5c8e6521ddULL), Int(-1)}, "float(-0)\n"sv}, // -0.765180853
        {"round", {Dbl(0x412a5a404ac08312ULL), Int(5)}, "float(863520.146)\n"sv}, // 863520.146
        {"round", {Dbl(0x3fe29f664ff3bbd8ULL), Int(-2)}, "float(0)\n"sv}, // 0.581957966
        {"round", {Dbl(0xc0bf54b33daf8df8ULL), Int(3)}, "float(-8020.7)\n"sv}, // -8020.70016
        {"round", {Dbl(0xc1624d2026666666ULL), Int(-3)}, "float(-9595000)\n"sv}, // -9595137.2
        {"round", {Dbl(0xc15e32780eb851ecULL), Int(-2)}, "float(-7916000)\n"sv}, // -7916000.23
        {"round", {Dbl(0x40be7f142edbb59dULL), Int(-1)}, "float(7810)\n"sv}, // 7807.078839999999
        {"round", {Dbl(0x412736d609ba5e35ULL), Int(7)}, "float(760683.019)\n"sv}, // 760683.019
        {"round", {Dbl(0xc10896ac978d4fdfULL), Int(-3)}, "float(-201000)\n"sv}, // -201429.574
        {"round", {Dbl(0xc1790bc8f9999914ULL), Int(-1)}, "float(-26262670)\n"sv}, // -26262671.599999502
        {"round", {Dbl(0x4127102c51eb851fULL), Int(7)}, "float(755734.16)\n"sv}, // 755734.16
        {"round", {Dbl(0xc04afbddf43c7d5fULL), Int(1)}, "float(-54)\n"sv}, // -53.967711
        {"round", {Dbl(0x40238079ac3e61e5ULL), Int(-2)}, "float(0)\n"sv}, // 9.75092829
        {"round", {Dbl(0x3fd059d49d25c02eULL), Int(0)}, "float(0)\n"sv}, // 0.25548282
        {"round", {Dbl(0x411c1931147ae148ULL), Int(1)}, "float(460364.3)\n"sv}, // 460364.27
        {"round", {Dbl(0xc0696baa5614df8cULL), Int(1)}, "float(-203.4)\n"sv}, // -203.36454300000003
        {"round", {Dbl(0xc18994b286666666ULL), Int(2)}, "float(-53646928.8)\n"sv}, // -53646928.8
        {"round", {Dbl(0xbfecb26e560dc27aULL), Int(6)}, "float(-0.896781)\n"sv}, // -0.896781128
        {"round", {Dbl(0xc194156b5099999aULL), Int(2)}, "float(-84237012.15)\n"sv}, // -84237012.15
        {"round", {Dbl(0xc0e2c194a161e4f7ULL), Int(1)}, "float(-38412.6)\n"sv}, // -38412.6447
        {"round", {Dbl(0xc053d63e850b6d1cULL), Int(-2)}, "float(-100)\n"sv}, // -79.3475659
        {"round", {Dbl(0xc023e69a16ed0176ULL), Int(-2)}, "float(-0)\n"sv}, // -9.95039436
        {"round", {Dbl(0xc03271d0fa58f712ULL), Int(-1)}, "float(-20)\n"sv}, // -18.444595
        {"round", {Int(555776928), Int(1)}, "float(555776928)\n"sv},
        {"round", {Dbl(0x4127477996041893ULL), Int(2)}, "float(762812.79)\n"sv}, // 762812.793
        {"round", {Dbl(0x40f6944d0cb295eaULL), Int(8)}, "float(92484.8156)\n"sv}, // 92484.8156
        {"round", {Dbl(0xc009dc1c2ad8f19eULL), Int(-3)}, "float(-0)\n"sv}, // -3.2324756
        {"round", {Dbl(0x408906b3fc86cebbULL), Int(4)}, "float(800.8379)\n"sv}, // 800.8378839999999
        {"round", {Dbl(0xc0d80cfaf9db22d1ULL), Int(5)}, "float(-24627.9215)\n"sv}, // -24627.9215
        {"round", {Dbl(0x41860e6a54000000ULL), Int(0)}, "float(46255435)\n"sv}, // 46255434.5
        {"round", {Dbl(0x40dbf25e6809d495ULL), Int(6)}, "float(28617.4751)\n"sv}, // 28617.4751
        {"round", {Int(467411364), Int(5)}, "float(467411364)\n"sv},
        {"round", {Dbl(0xc0e2a5ab03afb7e9ULL), Int(3)}, "float(-38189.344)\n"sv}, // -38189.3442
        {"round", {Dbl(0x4113fa81d0e56042ULL), Int(3)}, "float(327328.454)\n"sv}, // 327328.454
        {"round", {Dbl(0x41821adb14cccccdULL), Int(3)}, "float(37968738.6)\n"sv}, // 37968738.6
        {"round", {Dbl(0xc07aa7d39eadd591ULL), Int(1)}, "float(-426.5)\n"sv}, // -426.489165
        {"round", {Dbl(0xc098bf386ad2dcb1ULL), Int(-3)}, "float(-2000)\n"sv}, // -1583.805095
        {"round", {Dbl(0xbfab63f1388955ccULL), Int(2)}, "float(-0.05)\n"sv}, // -0.053496874
        {"round", {Dbl(0xc0c337154de7ea60ULL), Int(-2)}, "float(-9800)\n"sv}, // -9838.16644
        {"round", {Dbl(0xc189e48ffffffd61ULL), Int(0)}, "float(-54301184)\n"sv}, // -54301183.999995
        {"round", {Dbl(0x41284f4d851eb852ULL), Int(-2)}, "float(796600)\n"sv}, // 796582.76
        {"round", {Dbl(0xc0bf3f1b5dcc63f1ULL), Int(5)}, "float(-7999.1069)\n"sv}, // -7999.1069
        {"round", {Dbl(0xc085a9fe019b0ab2ULL), Int(8)}, "float(-693.2490265)\n"sv}, // -693.2490264999999
        {"round", {Dbl(0xc0f775ff58e21965ULL), Int(4)}, "float(-96095.9592)\n"sv}, // -96095.9592
        {"round", {Dbl(0x3fdb8be4bbbd1632ULL), Int(-1)}, "float(0)\n"sv}, // 0.430413421
        {"round", {Dbl(0x41b1aac7b7000347ULL), Int(8)}, "float(296404919.00005)\n"sv}, // 296404919.00005
        {"round", {Int(-733713098), Int(3)}, "float(-733713098)\n"sv},
        {"round", {Dbl(0x3fbb08a4dd4d2b35ULL), Int(5)}, "float(0.1056)\n"sv}, // 0.105600647
        {"round", {Dbl(0xc0ecb7993d07c84bULL), Int(4)}, "float(-58812.7887)\n"sv}, // -58812.7887
        {"round", {Dbl(0x40b1ab99522a6f3fULL), Int(0)}, "float(4524)\n"sv}, // 4523.59891
        {"round", {Dbl(0xc0b368903eea209bULL), Int(8)}, "float(-4968.56346)\n"sv}, // -4968.56346
        {"round", {Dbl(0x41c54c4c67866666ULL), Int(4)}, "float(714643663.05)\n"sv}, // 714643663.05
        {"round", {Int(-346101485), Int(4)}, "float(-346101485)\n"sv},
        {"round", {Int(949426212), Int(6)}, "float(949426212)\n"sv},
        {"round", {Dbl(0x40eaf412d0e66cb1ULL), Int(-1)}, "float(55200)\n"sv}, // 55200.5880005
        {"round", {Dbl(0xbfea77af6c13cf6bULL), Int(7)}, "float(-0.82711)\n"sv}, // -0.827110015
        {"round", {Dbl(0x40af522072085b18ULL), Int(-1)}, "float(4010)\n"sv}, // 4009.06337
        {"round", {Dbl(0x412a6dfc389374bcULL), Int(5)}, "float(866046.1105)\n"sv}, // 866046.1105
        {"round", {Dbl(0xc08c01e41d4b6a62ULL), Int(8)}, "float(-896.236384)\n"sv}, // -896.236384
        {"round", {Dbl(0x408d2af8bac710cbULL), Int(5)}, "float(933.37145)\n"sv}, // 933.37145
        {"round", {Dbl(0xc0b0102d2e72da12ULL), Int(5)}, "float(-4112.17649)\n"sv}, // -4112.17649
        {"round", {Dbl(0x4126577dfb645a1dULL), Int(-3)}, "float(732000)\n"sv}, // 732094.991
        {"round", {Dbl(0xc04665e5697bc49cULL), Int(1)}, "float(-44.8)\n"sv}, // -44.7960636
        {"round", {Dbl(0xc157501a67096bbaULL), Int(5)}, "float(-6111337.60995)\n"sv}, // -6111337.60995
        {"round", {Dbl(0x406aa7b201040bfeULL), Int(0)}, "float(213)\n"sv}, // 213.240479
        {"round", {Dbl(0xbfe7916686ea0befULL), Int(-2)}, "float(-0)\n"sv}, // -0.736499084
        {"round", {Dbl(0xc08b816fd2a62aa2ULL), Int(8)}, "float(-880.179601)\n"sv}, // -880.179601
        {"round", {Dbl(0x40835b3a671ef30aULL), Int(7)}, "float(619.403517)\n"sv}, // 619.403517
        {"round", {Dbl(0xc08d9a2b04ab606bULL), Int(0)}, "float(-947)\n"sv}, // -947.271005
        {"round", {Dbl(0x3f8464f942bb5545ULL), Int(8)}, "float(0.00995822)\n"sv}, // 0.009958217
        {"round", {Dbl(0xc189ebcca199999aULL), Int(5)}, "float(-54360468.2)\n"sv}, // -54360468.2
        {"round", {Dbl(0xc135c2c97d70a3d7ULL), Int(1)}, "float(-1426121.5)\n"sv}, // -1426121.49
        {"round", {Dbl(0x400bc1e66320e1a2ULL), Int(5)}, "float(3.46968)\n"sv}, // 3.46967771
        {"round", {Dbl(0xc1562f211a3d70a4ULL), Int(5)}, "float(-5815428.41)\n"sv}, // -5815428.41
        {"round", {Dbl(0x415bac6a128f5c29ULL), Int(8)}, "float(7254440.29)\n"sv}, // 7254440.29
        {"round", {Dbl(0xc1615e2c90000000ULL), Int(-2)}, "float(-9105800)\n"sv}, // -9105764.5
        {"round", {Dbl(0xc16dceec4ccccccdULL), Int(-1)}, "float(-15628130)\n"sv}, // -15628130.4
        {"round", {Dbl(0x4003ca22731c8242ULL), Int(1)}, "float(2.5)\n"sv}, // 2.47369852
        {"round", {Dbl(0xc0f7bb01113404ebULL), Int(0)}, "float(-97200)\n"sv}, // -97200.06670000001
        {"round", {Dbl(0xc17bf715e3333333ULL), Int(0)}, "float(-29323614)\n"sv}, // -29323614.2
        {"round", {Int(295133458), Int(2)}, "float(295133458)\n"sv},
        {"round", {Dbl(0x404177be2f7b17ceULL), Int(-4)}, "float(0)\n"sv}, // 34.9354915
        {"round", {Dbl(0x412838c10624dd2fULL), Int(1)}, "float(793696.5)\n"sv}, // 793696.512
        {"round", {Dbl(0x40d8f81e66666666ULL), Int(-4)}, "float(30000)\n"sv}, // 25568.475
        {"round", {Dbl(0xc0f497a0ed288ce7ULL), Int(-4)}, "float(-80000)\n"sv}, // -84346.0579
        {"round", {Dbl(0x4042f77fac8889a7ULL), Int(0)}, "float(38)\n"sv}, // 37.9335838
        {"round", {Dbl(0xc14fd719accccccdULL), Int(6)}, "float(-4173363.35)\n"sv}, // -4173363.35
        {"round", {Dbl(0xc00005e28eaafe1bULL), Int(-4)}, "float(-0)\n"sv}, // -2.00287353
        {"round", {Dbl(0xc0b57e886833c600ULL), Int(-4)}, "float(-10000)\n"sv}, // -5502.53284
        {"round", {Dbl(0xbfe965b355ad5b98ULL), Int(5)}, "float(-0.79366)\n"sv}, // -0.793664615
        {"round", {Dbl(0xbfb28239b87fdb24ULL), Int(4)}, "float(-0.0723)\n"sv}, // -0.072299583
        {"round", {Dbl(0x401140dd1442ad24ULL), Int(0)}, "float(4)\n"sv}, // 4.31334335
        {"round", {Dbl(0x415b1fdf3e147ae1ULL), Int(-2)}, "float(7110500)\n"sv}, // 7110524.97
        {"round", {Dbl(0xc0114f6f676bf4f1ULL), Int(6)}, "float(-4.327573)\n"sv}, // -4.32757341
        {"round", {Int(402369310), Int(2)}, "float(402369310)\n"sv},
        {"round", {Dbl(0xc01fd4f4623d0bfaULL), Int(4)}, "float(-7.958)\n"sv}, // -7.9579635
        {"round", {Dbl(0xc0256785a195109eULL), Int(4)}, "float(-10.7022)\n"sv}, // -10.7021914
        {"round", {Int(682486594), Int(-1)}, "float(682486590)\n"sv},
        {"round", {Dbl(0xc183314347333333ULL), Int(-2)}, "float(-40249400)\n"sv}, // -40249448.9
        {"round", {Dbl(0x40452d624a77f357ULL), Int(-4)}, "float(0)\n"sv}, // 42.3545621
        {"round", {Dbl(0xc085d3d86c22680aULL), Int(3)}, "float(-698.481)\n"sv}, // -698.480675
        {"round", {Dbl(0x3fc29b86971106c1ULL), Int(-2)}, "float(0)\n"sv}, // 0.145371269
        {"round", {Dbl(0xc12da0b5c5a1cac0ULL), Int(-3)}, "float(-971000)\n"sv}, // -970842.8859999999
        {"round", {Dbl(0x40a57a3f23cc8de3ULL), Int(6)}, "float(2749.12332)\n"sv}, // 2749.12332
        {"round", {Dbl(0x3fef967f32e6065aULL), Int(4)}, "float(0.9871)\n"sv}, // 0.9871212
        {"round", {Dbl(0x4018680433c14d93ULL), Int(2)}, "float(6.1)\n"sv}, // 6.10157853
        {"round", {Dbl(0x404800d8fd5cb791ULL), Int(0)}, "float(48)\n"sv}, // 48.006622
        {"round", {Int(-430726677), Int(-3)}, "float(-430727000)\n"sv},
        {"round", {Dbl(0xc1221792e76c7a7dULL), Int(-2)}, "float(-592800)\n"sv}, // -592841.4519995
        {"round", {Dbl(0x411dfede4bc6a7f0ULL), Int(-2)}, "float(491400)\n"sv}, // 491447.574
        {"round", {Dbl(0xc09bb9b691a75cd1ULL), Int(3)}, "float(-1774.428)\n"sv}, // -1774.42829
        {"round", {Dbl(0xbfee4638695b96ddULL), Int(-2)}, "float(-0)\n"sv}, // -0.946071821
        {"round", {Dbl(0x40de4c7b62b6ae7dULL), Int(-1)}, "float(31030)\n"sv}, // 31025.9279
        {"round", {Dbl(0xc06cf14c6822ff09ULL), Int(1)}, "float(-231.5)\n"sv}, // -231.540577
        {"round", {Dbl(0xbfebc88c60cbf2b2ULL), Int(4)}, "float(-0.8682)\n"sv}, // -0.868231
        {"round", {Dbl(0xc11a36e5d810624eULL), Int(3)}, "float(-429497.461)\n"sv}, // -429497.461
        {"round", {Dbl(0x40c36325743e963eULL), Int(0)}, "float(9926)\n"sv}, // 9926.29261
        {"round", {Dbl(0xc0d6b1f1772f76e6ULL), Int(-4)}, "float(-20000)\n"sv}, // -23239.7728995
        {"round", {Dbl(0xc0e2d9c916872b02ULL), Int(5)}, "float(-38606.284)\n"sv}, // -38606.284
        {"round", {Dbl(0x417b1aaadb333333ULL), Int(-1)}, "float(28420780)\n"sv}, // 28420781.7
        {"round", {Dbl(0x3fced7467413df42ULL), Int(-2)}, "float(0)\n"sv}, // 0.24094467800000002
        {"round", {Dbl(0xc04aba32a0663c75ULL), Int(2)}, "float(-53.45)\n"sv}, // -53.45467
        {"round", {Dbl(0xc12689da47ae147bULL), Int(4)}, "float(-738541.14)\n"sv}, // -738541.14
        {"round", {Dbl(0x412fa52a428f6cf0ULL), Int(-4)}, "float(1040000)\n"sv}, // 1036949.1300005
        {"round", {Dbl(0xc19591dcfacccccdULL), Int(3)}, "float(-90470206.7)\n"sv}, // -90470206.7
        {"round", {Dbl(0x407ca7c998d045feULL), Int(5)}, "float(458.48672)\n"sv}, // 458.486718
        {"round", {Dbl(0xc01e8e9e2a77f8b5ULL), Int(-2)}, "float(-0)\n"sv}, // -7.63927523
        {"round", {Dbl(0xc06adf493a711516ULL), Int(7)}, "float(-214.977689)\n"sv}, // -214.977689
        {"round", {Dbl(0xc109348c7ae147aeULL), Int(-4)}, "float(-210000)\n"sv}, // -206481.56
        {"round", {Dbl(0x412a019dcd0e5604ULL), Int(5)}, "float(852174.9005)\n"sv}, // 852174.9005
        {"round", {Dbl(0x40c3e4126809d495ULL), Int(5)}, "float(10184.1438)\n"sv}, // 10184.1438
        {"round", {Dbl(0xc08732de1c9b413aULL), Int(2)}, "float(-742.36)\n"sv}, // -742.358453
        {"round", {Dbl(0x4089cbfe38eb0319ULL), Int(-4)}, "float(0)\n"sv}, // 825.499132
        {"round", {Dbl(0xbfed5f7b945c2932ULL), Int(3)}, "float(-0.918)\n"sv}, // -0.917905607
        {"round", {Dbl(0x401208410dbc5632ULL), Int(1)}, "float(4.5)\n"sv}, // 4.50806066
        {"round", {Dbl(0xbf91d163fa144779ULL), Int(6)}, "float(-0.0174)\n"sv}, // -0.017400323999999998
        {"round", {Dbl(0x4018198b4e275559ULL), Int(4)}, "float(6.0249)\n"sv}, // 6.02494547
        {"round", {Dbl(0xc0cf981ed5cfaaceULL), Int(8)}, "float(-16176.2409)\n"sv}, // -16176.2409
        {"round", {Dbl(0xc1ccae63cdf9999aULL), Int(3)}, "float(-962381723.95)\n"sv}, // -962381723.95
        {"round", {Dbl(0x405f7879fa97e133ULL), Int(5)}, "float(125.88245)\n"sv}, // 125.882445
        {"round", {Dbl(0xc022e53c6fc7e405ULL), Int(-2)}, "float(-0)\n"sv}, // -9.44772672
        {"round", {Dbl(0xc0bcf69062f5989eULL), Int(8)}, "float(-7414.56401)\n"sv}, // -7414.56401
        {"round", {Dbl(0xc08d950c7fbacb43ULL), Int(1)}, "float(-946.6)\n"sv}, // -946.631103
        {"round", {Dbl(0x41499023f70a3d71ULL), Int(1)}, "float(3350599.9)\n"sv}, // 3350599.93
        {"round", {Dbl(0x4140287fe90624ddULL), Int(4)}, "float(2117887.8205)\n"sv}, // 2117887.8205
        {"round", {Dbl(0xc0acafd601797cc4ULL), Int(6)}, "float(-3671.91798)\n"sv}, // -3671.91798
        {"round", {Dbl(0x415d4610a999999aULL), Int(-1)}, "float(7673920)\n"sv}, // 7673922.65
        {"round", {Dbl(0xc1480d4630a2339cULL), Int(4)}, "float(-3152524.38)\n"sv}, // -3152524.37995
        {"round", {Int(-236268234), Int(-3)}, "float(-236268000)\n"sv},
        {"round", {Dbl(0xc0e6c10e5a1cac08ULL), Int(-1)}, "float(-46600)\n"sv}, // -46600.4485
        {"round", {Dbl(0xc157aff27a353f7dULL), Int(0)}, "float(-6209482)\n"sv}, // -6209481.9095
        {"round", {Dbl(0xc17a22d15199999aULL), Int(1)}, "float(-27405589.1)\n"sv}, // -27405589.1
        {"round", {Dbl(0x40f68b6787fcb924ULL), Int(3)}, "float(92342.471)\n"sv}, // 92342.4707
        {"round", {Dbl(0x3fecd2d43fd52482ULL), Int(-2)}, "float(0)\n"sv}, // 0.900735974
        {"round", {Dbl(0xc0ad9e81b089a027ULL), Int(6)}, "float(-3791.2533)\n"sv}, // -3791.2533
        {"round", {Int(370850824), Int(7)}, "float(370850824)\n"sv},
        {"round", {Dbl(0x40071a1a393c36bdULL), Int(-3)}, "float(0)\n"sv}, // 2.88774533
        {"round", {Dbl(0x4089474676a7264aULL), Int(3)}, "float(808.909)\n"sv}, // 808.909406
        {"round", {Dbl(0x411c6f9d00000000ULL), Int(0)}, "float(465895)\n"sv}, // 465895.25
        {"round", {Dbl(0xbfc459bfa695f8c8ULL), Int(-4)}, "float(-0)\n"sv}, // -0.158988911
        {"round", {Dbl(0x40c2c76a6d4801f7ULL), Int(5)}, "float(9614.83146)\n"sv}, // 9614.83146
        {"round", {Dbl(0xc0009931342a7f05ULL), Int(6)}, "float(-2.074801)\n"sv}, // -2.07480088
        {"round", {Dbl(0x415a1c37e2978d50ULL), Int(2)}, "float(6844639.54)\n"sv}, // 6844639.5405
        {"round", {Dbl(0x3fe47cf377a03960ULL), Int(5)}, "float(0.64025)\n"sv}, // 0.640252813
        {"round", {Dbl(0xc155435ca51eb852ULL), Int(3)}, "float(-5574002.58)\n"sv}, // -5574002.58
        {"round", {Dbl(0x40a90e25c52e72daULL), Int(-4)}, "float(0)\n"sv}, // 3207.07377
        {"round", {Dbl(0xc056b90bd159fa47ULL), Int(6)}, "float(-90.891346)\n"sv}, // -90.8913463
        {"round", {Dbl(0xc1913e946f99999aULL), Int(-1)}, "float(-72328480)\n"sv}, // -72328475.9
        {"round", {Dbl(0x40a86524357a3551ULL), Int(-2)}, "float(3100)\n"sv}, // 3122.5707205000003
        {"round", {Dbl(0x40a7d85bda5119ceULL), Int(-1)}, "float(3050)\n"sv}, // 3052.1794
        {"round", {Dbl(0x3fe8236150fdc96fULL), Int(7)}, "float(0.7543189)\n"sv}, // 0.754318865
        {"round", {Dbl(0x415b3e115b333333ULL), Int(7)}, "float(7141445.425)\n"sv}, // 7141445.425
        {"round", {Dbl(0x417b9faf8999999aULL), Int(3)}, "float(28965624.6)\n"sv}, // 28965624.6
        {"round", {Dbl(0xc0575f61290fc3c2ULL), Int(6)}, "float(-93.490305)\n"sv}, // -93.4903052
        {"round", {Dbl(0xbfe5ee8cd78322f9ULL), Int(-2)}, "float(-0)\n"sv}, // -0.685369893
        {"round", {Dbl(0xc0f56d3ba5119ce0ULL), Int(-1)}, "float(-87760)\n"sv}, // -87763.7278
        {"round", {Dbl(0x40c14b61d9d3458dULL), Int(0)}, "float(8855)\n"sv}, // 8854.76446
        {"round", {Dbl(0x40bcfb6d1782d384ULL), Int(1)}, "float(7419.4)\n"sv}, // 7419.42614
        {"round", {Dbl(0xc126d19ee5604189ULL), Int(5)}, "float(-747727.448)\n"sv}, // -747727.448
        {"round", {Dbl(0xc0541c9791163d59ULL), Int(-2)}, "float(-100)\n"sv}, // -80.4467509
        {"round", {Dbl(0x408b9b1184c27200ULL), Int(-2)}, "float(900)\n"sv}, // 883.383554
        {"round", {Int(-901821797), Int(-4)}, "float(-901820000)\n"sv},
        {"round", {Dbl(0x3feedb5f9cc8a31cULL), Int(0)}, "float(1)\n"sv}, // 0.96427899
        {"round", {Dbl(0x41add7290600068eULL), Int(7)}, "float(250320003.00005)\n"sv}, // 250320003.00005
        {"round", {Int(-585052562), Int(-1)}, "float(-585052560)\n"sv},
        {"round", {Dbl(0x40c2625126e978d5ULL), Int(7)}, "float(9412.634)\n"sv}, // 9412.634
        {"round", {Dbl(0x419ddc0670000d1bULL), Int(0)}, "float(125239708)\n"sv}, // 125239708.00005
        {"round", {Dbl(0x417b9ef8a999999aULL), Int(-2)}, "float(28962700)\n"sv}, // 28962698.6
        {"round", {Int(965889726), Int(8)}, "float(965889726)\n"sv},
        {"round", {Dbl(0xc05706cf46fa9054ULL), Int(-3)}, "float(-0)\n"sv}, // -92.1064012
        {"round", {Dbl(0x402078962a4e5d30ULL), Int(-4)}, "float(0)\n"sv}, // 8.23552067
        {"round", {Dbl(0xc176bcc7c999999aULL), Int(4)}, "float(-23841916.6)\n"sv}, // -23841916.6
        {"round", {Dbl(0xc1c741bf757fef9eULL), Int(6)}, "float(-780369642.9995)\n"sv}, // -780369642.9995
        {"round", {Dbl(0xc1730380e999999aULL), Int(1)}, "float(-19937294.6)\n"sv}, // -19937294.6
        {"round", {Dbl(0x413a71fdae147ae1ULL), Int(3)}, "float(1733117.68)\n"sv}, // 1733117.68
        {"round", {Dbl(0x41196edf2d0e5604ULL), Int(-1)}, "float(416700)\n"sv}, // 416695.794
        {"round", {Dbl(0x407de4fc621b7e0bULL), Int(3)}, "float(478.312)\n"sv}, // 478.311617
        {"round", {Dbl(0xc01842f6d8b9eaf3ULL), Int(0)}, "float(-6)\n"sv}, // -6.06539477
        {"round", {Dbl(0xc1950bdbeb333311ULL), Int(-4)}, "float(-88270000)\n"sv}, // -88274682.79999949
        {"round", {Dbl(0x4030f258c66ab2fcULL), Int(-1)}, "float(20)\n"sv}, // 16.9466671
        {"round", {Dbl(0x40560184307bc8ceULL), Int(8)}, "float(88.0236932)\n"sv}, // 88.0236932
        {"round", {Dbl(0x40eb6bd852c7b891ULL), Int(5)}, "float(56158.76011)\n"sv}, // 56158.760105
        {"round", {Dbl(0xbfc0d5f9c72bce0fULL), Int(6)}, "float(-0.13153)\n"sv}, // -0.13153002
        {"round", {Dbl(0xc1215f08a6666666ULL), Int(7)}, "float(-569220.325)\n"sv}, // -569220.325
        {"round", {Dbl(0x40c7356d328b6d87ULL), Int(5)}, "float(11882.85311)\n"sv}, // 11882.853105
        {"round", {Dbl(0x4125601406a7ef9eULL), Int(-1)}, "float(700430)\n"sv}, // 700426.013
        {"round", {Dbl(0x4162318f5d70a3d7ULL), Int(6)}, "float(9538682.92)\n"sv}, // 9538682.92
        {"round", {Dbl(0x40ea8ed902df0d41ULL), Int(0)}, "float(54391)\n"sv}, // 54390.7816005
        {"round", {Dbl(0xc191b1d861333333ULL), Int(2)}, "float(-74216984.3)\n"sv}, // -74216984.3
        {"round", {Dbl(0x40007f520be66829ULL), Int(2)}, "float(2.06)\n"sv}, // 2.06216821
        {"round", {Dbl(0xc1b33be99effffacULL), Int(-1)}, "float(-322693530)\n"sv}, // -322693534.999995
        {"round", {Dbl(0x4106391753f7ced9ULL), Int(6)}, "float(182050.916)\n"sv}, // 182050.916
        {"round", {Dbl(0xc190a684c399999aULL), Int(0)}, "float(-69837105)\n"sv}, // -69837104.9
        {"round", {Dbl(0x41429035d8538ef3ULL), Int(0)}, "float(2433132)\n"sv}, // 2433131.69005
        {"round", {Int(-41073757), Int(6)}, "float(-41073757)\n"sv},
        {"round", {Dbl(0xbfe460d79ffe516eULL), Int(-2)}, "float(-0)\n"sv}, // -0.636821568
        {"round", {Dbl(0xc09065110c9107fbULL), Int(-3)}, "float(-1000)\n"sv}, // -1049.2666495
        {"round", {Dbl(0x40bef7640b780347ULL), Int(2)}, "float(7927.39)\n"sv}, // 7927.3908
        {"round", {Dbl(0x412a2d035db22d0eULL), Int(6)}, "float(857729.683)\n"sv}, // 857729.683
        {"floor", {Dbl(0x3ff8000000000000ULL)}, "float(1)\n"sv}, // 1.5
        {"ceil", {Dbl(0x3ff8000000000000ULL)}, "float(2)\n"sv}, // 1.5
        {"floor", {Dbl(0xbff8000000000000ULL)}, "float(-2)\n"sv}, // -1.5
        {"ceil", {Dbl(0xbff8000000000000ULL)}, "float(-1)\n"sv}, // -1.5
        {"floor", {Dbl(0x3ff0000000000000ULL)}, "float(1)\n"sv}, // 1.0
        {"ceil", {Dbl(0x3ff0000000000000ULL)}, "float(1)\n"sv}, // 1.0
        {"floor", {Dbl(0xbfe0000000000000ULL)}, "float(-1)\n"sv}, // -0.5
        {"ceil", {Dbl(0xbfe0000000000000ULL)}, "float(-0)\n"sv}, // -0.5
        {"floor", {Dbl(0x8000000000000000ULL)}, "float(-0)\n"sv}, // -0.0
        {"ceil", {Dbl(0x8000000000000000ULL)}, "float(-0)\n"sv}, // -0.0
        {"floor", {Dbl(0x0000000000000000ULL)}, "float(0)\n"sv}, // 0.0
        {"ceil", {Dbl(0x0000000000000000ULL)}, "float(0)\n"sv}, // 0.0
        {"floor", {Int(5)}, "float(5)\n"sv},
        {"ceil", {Int(5)}, "float(5)\n"sv},
        {"floor", {Int(-5)}, "float(-5)\n"sv},
        {"ceil", {Int(-5)}, "float(-5)\n"sv},
        {"floor", {Str("2.5"sv)}, "float(2)\n"sv},
        {"ceil", {Str("2.5"sv)}, "float(3)\n"sv},
        {"floor", {Str(" 2.5"sv)}, "float(2)\n"sv},
        {"ceil", {Str(" 2.5"sv)}, "float(3)\n"sv},
        {"floor", {Str("x"sv)}, "TypeError: floor(): Argument #1 ($num) must be of type int|float, string given\n"sv},
        {"ceil", {Str("x"sv)}, "TypeError: ceil(): Argument #1 ($num) must be of type int|float, string given\n"sv},
        {"floor", {Nul()}, "\nDeprecated: floor(): Passing null to parameter #1 ($num) of type int|float is deprecated in Command line code on line 1\nfloat(0)\n"sv},
        {"ceil", {Nul()}, "\nDeprecated: ceil(): Passing null to parameter #1 ($num) of type int|float is deprecated in Command line code on line 1\nfloat(0)\n"sv},
        {"floor", {Tru()}, "float(1)\n"sv},
        {"ceil", {Tru()}, "float(1)\n"sv},
        {"floor", {Dbl(0x7ff0000000000000ULL)}, "float(INF)\n"sv}, // INF
        {"ceil", {Dbl(0x7ff0000000000000ULL)}, "float(INF)\n"sv}, // INF
        {"floor", {Dbl(0x7ff8000000000000ULL)}, "float(NAN)\n"sv}, // NAN
        {"ceil", {Dbl(0x7ff8000000000000ULL)}, "float(NAN)\n"sv}, // NAN
        {"floor", {Dbl(0x7e37e43c8800759cULL)}, "float(1.0E+300)\n"sv}, // 1.0E+300
        {"ceil", {Dbl(0x7e37e43c8800759cULL)}, "float(1.0E+300)\n"sv}, // 1.0E+300
        {"floor", {Dbl(0x81a56e1fc2f8f359ULL)}, "float(-1)\n"sv}, // -1.0E-300
        {"ceil", {Dbl(0x81a56e1fc2f8f359ULL)}, "float(-0)\n"sv}, // -1.0E-300
        {"floor", {Int(9223372036854775807)}, "float(9.223372036854776E+18)\n"sv},
        {"ceil", {Int(9223372036854775807)}, "float(9.223372036854776E+18)\n"sv},
        {"floor", {Int(4503599627370497)}, "float(4503599627370497)\n"sv},
        {"ceil", {Int(4503599627370497)}, "float(4503599627370497)\n"sv},
        {"pow", {Int(2), Int(3)}, "int(8)\n"sv},
        {"pow", {Int(2), Int(63)}, "float(9.223372036854776E+18)\n"sv},
        {"pow", {Int(2), Int(64)}, "float(1.8446744073709552E+19)\n"sv},
        {"pow", {Int(-2), Int(63)}, "int(-9223372036854775808)\n"sv},
        {"pow", {Int(2), Int(-1)}, "float(0.5)\n"sv},
        {"pow", {Int(0), Int(0)}, "int(1)\n"sv},
        {"pow", {Int(0), Int(-1)}, "float(INF)\n"sv},
        {"pow", {Dbl(0x4000000000000000ULL), Int(3)}, "float(8)\n"sv}, // 2.0
        {"pow", {Str("3"sv), Str("2"sv)}, "int(9)\n"sv},
        {"pow", {Str("3.0"sv), Int(2)}, "float(9)\n"sv},
        {"pow", {Int(-8), Dbl(0x3fd5555555555555ULL)}, "float(NAN)\n"sv}, // 0.3333333333333333
        {"pow", {Int(4), Dbl(0x3fe0000000000000ULL)}, "float(2)\n"sv}, // 0.5
        {"pow", {Str("a"sv), Int(2)}, "TypeError: Unsupported operand types: string ** int\n"sv},
        {"pow", {Int(2), Str("a"sv)}, "TypeError: Unsupported operand types: int ** string\n"sv},
        {"pow", {Nul(), Int(2)}, "int(0)\n"sv},
        {"pow", {Tru(), Int(2)}, "int(1)\n"sv},
        {"pow", {Int(10), Int(18)}, "int(1000000000000000000)\n"sv},
        {"pow", {Int(10), Int(19)}, "float(1.0E+19)\n"sv},
        {"pow", {Int(7), Int(0)}, "int(1)\n"sv},
        {"pow", {Int(-1), Int(9223372036854775807)}, "int(-1)\n"sv},
        {"pow", {Dbl(0x7ff0000000000000ULL), Int(0)}, "float(1)\n"sv}, // INF
        {"pow", {Dbl(0x7ff8000000000000ULL), Int(0)}, "float(1)\n"sv}, // NAN
        {"pow", {Dbl(0x3ff8000000000000ULL), Int(2)}, "float(2.25)\n"sv}, // 1.5
        {"pi", {}, "float(3.141592653589793)\n"sv},
        {"max", {Int(1), Int(2)}, "int(2)\n"sv},
        {"min", {Int(1), Int(2)}, "int(1)\n"sv},
        {"max", {Int(2), Int(1)}, "int(2)\n"sv},
        {"min", {Int(2), Int(1)}, "int(1)\n"sv},
        {"max", {Int(1), Int(2), Int(3)}, "int(3)\n"sv},
        {"min", {Int(1), Int(2), Int(3)}, "int(1)\n"sv},
        {"max", {Str("abc"sv), Int(0)}, "string(3) \"abc\"\n"sv},
        {"min", {Str("abc"sv), Int(0)}, "int(0)\n"sv},
        {"max", {Int(0), Str("abc"sv)}, "string(3) \"abc\"\n"sv},
        {"min", {Int(0), Str("abc"sv)}, "int(0)\n"sv},
        {"max", {Str("10"sv), Str("9"sv)}, "string(2) \"10\"\n"sv},
        {"min", {Str("10"sv), Str("9"sv)}, "string(1) \"9\"\n"sv},
        {"max", {Str("10"sv), Str("9a"sv)}, "string(2) \"9a\"\n"sv},
        {"min", {Str("10"sv), Str("9a"sv)}, "string(2) \"10\"\n"sv},
        {"max", {Int(1), Dbl(0x3ff0000000000000ULL)}, "int(1)\n"sv}, // 1.0
        {"min", {Int(1), Dbl(0x3ff0000000000000ULL)}, "int(1)\n"sv}, // 1.0
        {"max", {Dbl(0x3ff0000000000000ULL), Int(1)}, "float(1)\n"sv}, // 1.0
        {"min", {Dbl(0x3ff0000000000000ULL), Int(1)}, "float(1)\n"sv}, // 1.0
        {"max", {Dbl(0x7ff8000000000000ULL), Int(1)}, "int(1)\n"sv}, // NAN
        {"min", {Dbl(0x7ff8000000000000ULL), Int(1)}, "float(NAN)\n"sv}, // NAN
        {"max", {Int(1), Dbl(0x7ff8000000000000ULL)}, "float(NAN)\n"sv}, // NAN
        {"min", {Int(1), Dbl(0x7ff8000000000000ULL)}, "int(1)\n"sv}, // NAN
        {"max", {Nul(), Fal()}, "NULL\n"sv},
        {"min", {Nul(), Fal()}, "NULL\n"sv},
        {"max", {Fal(), Nul()}, "bool(false)\n"sv},
        {"min", {Fal(), Nul()}, "bool(false)\n"sv},
        {"max", {Str(""sv), Nul()}, "string(0) \"\"\n"sv},
        {"min", {Str(""sv), Nul()}, "string(0) \"\"\n"sv},
        {"max", {Int(-1), Nul()}, "int(-1)\n"sv},
        {"min", {Int(-1), Nul()}, "NULL\n"sv},
        {"max", {Tru(), Int(2)}, "bool(true)\n"sv},
        {"min", {Tru(), Int(2)}, "bool(true)\n"sv},
        {"max", {Int(2), Tru()}, "int(2)\n"sv},
        {"min", {Int(2), Tru()}, "int(2)\n"sv},
        {"max", {Str("1e1"sv), Str("10"sv)}, "string(3) \"1e1\"\n"sv},
        {"min", {Str("1e1"sv), Str("10"sv)}, "string(3) \"1e1\"\n"sv},
        {"max", {Str("10"sv), Str("1e1"sv)}, "string(2) \"10\"\n"sv},
        {"min", {Str("10"sv), Str("1e1"sv)}, "string(2) \"10\"\n"sv},
        {"max", {Str("abc"sv), Str("abd"sv)}, "string(3) \"abd\"\n"sv},
        {"min", {Str("abc"sv), Str("abd"sv)}, "string(3) \"abc\"\n"sv},
        {"max", {Str("a"sv), Str("A"sv)}, "string(1) \"a\"\n"sv},
        {"min", {Str("a"sv), Str("A"sv)}, "string(1) \"A\"\n"sv},
        {"max", {Int(0), Str("0"sv)}, "int(0)\n"sv},
        {"min", {Int(0), Str("0"sv)}, "int(0)\n"sv},
        {"max", {Str("0"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"min", {Str("0"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"max", {Dbl(0x8000000000000000ULL), Dbl(0x0000000000000000ULL)}, "float(-0)\n"sv}, // -0.0 0.0
        {"min", {Dbl(0x8000000000000000ULL), Dbl(0x0000000000000000ULL)}, "float(-0)\n"sv}, // -0.0 0.0
        {"max", {Dbl(0x0000000000000000ULL), Dbl(0x8000000000000000ULL)}, "float(0)\n"sv}, // 0.0 -0.0
        {"min", {Dbl(0x0000000000000000ULL), Dbl(0x8000000000000000ULL)}, "float(0)\n"sv}, // 0.0 -0.0
        {"max", {Int(9223372036854775807), Dbl(0x43e0000000000000ULL)}, "int(9223372036854775807)\n"sv}, // 9.223372036854776E+18
        {"min", {Int(9223372036854775807), Dbl(0x43e0000000000000ULL)}, "int(9223372036854775807)\n"sv}, // 9.223372036854776E+18
        {"max", {Str("  5"sv), Int(5)}, "string(3) \"  5\"\n"sv},
        {"min", {Str("  5"sv), Int(5)}, "string(3) \"  5\"\n"sv},
        {"max", {Int(5), Str("  5"sv)}, "int(5)\n"sv},
        {"min", {Int(5), Str("  5"sv)}, "int(5)\n"sv},
        {"max", {Str("5 "sv), Str("5"sv)}, "string(2) \"5 \"\n"sv},
        {"min", {Str("5 "sv), Str("5"sv)}, "string(2) \"5 \"\n"sv},
        {"max", {Int(1)}, "TypeError: max(): Argument #1 ($value) must be of type array, int given\n"sv},
        {"min", {Int(1)}, "TypeError: min(): Argument #1 ($value) must be of type array, int given\n"sv},
        {"max", {Int(1)}, "TypeError: max(): Argument #1 ($value) must be of type array, int given\n"sv},
        {"min", {Int(1)}, "TypeError: min(): Argument #1 ($value) must be of type array, int given\n"sv},
        {"max", {Tru()}, "TypeError: max(): Argument #1 ($value) must be of type array, bool given\n"sv},
        {"min", {Tru()}, "TypeError: min(): Argument #1 ($value) must be of type array, bool given\n"sv},
        {"max", {Nul()}, "TypeError: max(): Argument #1 ($value) must be of type array, null given\n"sv},
        {"min", {Nul()}, "TypeError: min(): Argument #1 ($value) must be of type array, null given\n"sv},
        {"max", {Str("a"sv)}, "TypeError: max(): Argument #1 ($value) must be of type array, string given\n"sv},
        {"min", {Str("a"sv)}, "TypeError: min(): Argument #1 ($value) must be of type array, string given\n"sv},
        {"max", {Dbl(0x3ff8000000000000ULL)}, "TypeError: max(): Argument #1 ($value) must be of type array, float given\n"sv}, // 1.5
        {"min", {Dbl(0x3ff8000000000000ULL)}, "TypeError: min(): Argument #1 ($value) must be of type array, float given\n"sv}, // 1.5
        {"max", {Int(3), Int(1), Int(2)}, "int(3)\n"sv},
        {"min", {Int(3), Int(1), Int(2)}, "int(1)\n"sv},
        {"max", {Str("b"sv), Str("a"sv), Str("c"sv)}, "string(1) \"c\"\n"sv},
        {"min", {Str("b"sv), Str("a"sv), Str("c"sv)}, "string(1) \"a\"\n"sv},
        {"intdiv", {Int(10), Int(3)}, "int(3)\n"sv},
        {"intdiv", {Int(-10), Int(3)}, "int(-3)\n"sv},
        {"intdiv", {Int(10), Int(-3)}, "int(-3)\n"sv},
        {"intdiv", {Int(9223372036854775807), Int(2)}, "int(4611686018427387903)\n"sv},
        {"intdiv", {Int(INT64_MIN), Int(2)}, "int(-4611686018427387904)\n"sv},
        {"intdiv", {Int(1), Int(0)}, "DivisionByZeroError: Division by zero\n"sv},
        {"intdiv", {Int(INT64_MIN), Int(-1)}, "ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer\n"sv},
        {"number_format", {Dbl(0x40934a0000000000ULL)}, "string(5) \"1,235\"\n"sv}, // 1234.5
        {"number_format", {Dbl(0x40934a456d5cfaadULL), Int(2)}, "string(8) \"1,234.57\"\n"sv}, // 1234.5678
        {"number_format", {Dbl(0xc0934a449ba5e354ULL), Int(2), Str(","sv), Str("."sv)}, "string(9) \"-1.234,57\"\n"sv}, // -1234.567
        {"number_format", {Dbl(0x40934a0000000000ULL), Int(-2)}, "string(5) \"1,235\"\n"sv}, // 1234.5
        {"number_format", {Dbl(0xbfd999999999999aULL)}, "string(1) \"0\"\n"sv}, // -0.4
        {"number_format", {Dbl(0x3fe0000000000000ULL)}, "string(1) \"1\"\n"sv}, // 0.5
        {"number_format", {Dbl(0x3ff0147ae147ae14ULL), Int(2)}, "string(4) \"1.01\"\n"sv}, // 1.005
        {"number_format", {Dbl(0x7ff0000000000000ULL)}, "string(3) \"inf\"\n"sv}, // INF
        {"number_format", {Dbl(0xfff0000000000000ULL), Int(2)}, "string(3) \"inf\"\n"sv}, // -INF
        {"number_format", {Dbl(0x7ff8000000000000ULL), Int(3)}, "string(3) \"nan\"\n"sv}, // NAN
        {"number_format", {Int(9223372036854775807)}, "string(25) \"9,223,372,036,854,775,808\"\n"sv},
        {"number_format", {Int(0)}, "string(1) \"0\"\n"sv},
        {"number_format", {Dbl(0x8000000000000000ULL), Int(2)}, "string(4) \"0.00\"\n"sv}, // -0.0
        {"number_format", {Dbl(0x4132d687e4189375ULL), Int(2), Str("."sv), Str(" "sv)}, "string(12) \"1 234 567.89\"\n"sv}, // 1234567.891
        {"number_format", {Dbl(0x4132d687e4189375ULL), Int(3), Str(" dec "sv), Str(" thousands "sv)}, "string(37) \"1 thousands 234 thousands 567 dec 891\"\n"sv}, // 1234567.891
        {"number_format", {Dbl(0x4132d687e4189375ULL), Int(2), Str(""sv), Str(""sv)}, "string(9) \"123456789\"\n"sv}, // 1234567.891
        {"number_format", {Dbl(0x3fc083126e978d50ULL), Int(2)}, "string(4) \"0.13\"\n"sv}, // 0.129
        {"number_format", {Dbl(0x408f3ffdf3b645a2ULL), Int(2)}, "string(8) \"1,000.00\"\n"sv}, // 999.999
        {"number_format", {Dbl(0xc08f3ff5c28f5c29ULL), Int(2)}, "string(9) \"-1,000.00\"\n"sv}, // -999.995
        {"number_format", {Dbl(0x430c6bf526340000ULL), Int(2)}, "string(24) \"1,000,000,000,000,000.00\"\n"sv}, // 1000000000000000.0
        {"number_format", {Dbl(0x4415af1d78b58c40ULL)}, "string(27) \"100,000,000,000,000,000,000\"\n"sv}, // 1.0E+20
        {"number_format", {Dbl(0x419d6f34547e6b74ULL), Int(10)}, "string(22) \"123,456,789.1234567761\"\n"sv}, // 123456789.12345678
        {"number_format", {Dbl(0x3fb999999999999aULL), Int(20)}, "string(22) \"0.10000000000000000555\"\n"sv}, // 0.1
        {"number_format", {Dbl(0x3ff8000000000000ULL), Int(400)}, "string(402) \"1.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000\"\n"sv}, // 1.5
        {"number_format", {Dbl(0x3e7ad7f29abcaf48ULL), Int(10)}, "string(12) \"0.0000001000\"\n"sv}, // 1.0E-7
        {"number_format", {Int(12), Int(2)}, "string(5) \"12.00\"\n"sv},
        {"number_format", {Str("12.5"sv), Int(1)}, "string(4) \"12.5\"\n"sv},
        {"number_format", {Int(100), Int(0), Str("."sv), Str(""sv)}, "string(3) \"100\"\n"sv},
        {"number_format", {Dbl(0xc0934a456d5cfaadULL), Int(3), Str(""sv), Str(""sv)}, "string(8) \"-1234568\"\n"sv}, // -1234.5678
        {"number_format", {Dbl(0x3ff7333333333333ULL), Int(1)}, "string(3) \"1.5\"\n"sv}, // 1.45
        {"number_format", {Dbl(0x4004000000000000ULL)}, "string(1) \"3\"\n"sv}, // 2.5
        {"number_format", {Dbl(0x400c000000000000ULL)}, "string(1) \"4\"\n"sv}, // 3.5
        {"number_format", {Dbl(0xc004000000000000ULL)}, "string(2) \"-3\"\n"sv}, // -2.5
    };
    return cases;
}

} // namespace

class MathTest : public BuiltinTest {};

TEST_F(MathTest, MatchesPhp)
{
    check_table(matches_php_cases().data(), matches_php_cases().size());
}

} // namespace miniphp::runtime::builtins_test

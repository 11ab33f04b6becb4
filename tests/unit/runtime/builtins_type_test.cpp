// Type builtins (ext/standard/type.c) against php 8.2: the is_* predicates, gettype,
// and the intval/floatval/boolval/strval conversions over every scalar shape, with
// intval's bases (0 and 2 with "0b", 16 with "0x", invalid bases, saturation).
#include "builtins_test_support.h"

namespace miniphp::runtime::builtins_test {

namespace {

// Generated from php 8.2: see builtins_test_support.h.
const std::vector<Case>& matches_php_cases()
{
    static const std::vector<Case> cases = {
        {"is_int", {Int(0)}, "bool(true)\n"sv},
        {"is_int", {Int(1)}, "bool(true)\n"sv},
        {"is_int", {Int(-1)}, "bool(true)\n"sv},
        {"is_int", {Int(9223372036854775807)}, "bool(true)\n"sv},
        {"is_int", {Int(INT64_MIN)}, "bool(true)\n"sv},
        {"is_int", {Dbl(0x0000000000000000ULL)}, "bool(false)\n"sv}, // 0.0
        {"is_int", {Dbl(0x8000000000000000ULL)}, "bool(false)\n"sv}, // -0.0
        {"is_int", {Dbl(0x3ff8000000000000ULL)}, "bool(false)\n"sv}, // 1.5
        {"is_int", {Dbl(0xbff8000000000000ULL)}, "bool(false)\n"sv}, // -1.5
        {"is_int", {Dbl(0x45208b2a2c280291ULL)}, "bool(false)\n"sv}, // 1.0E+25
        {"is_int", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(false)\n"sv}, // 1.0E-7
        {"is_int", {Dbl(0x3fd3333333333334ULL)}, "bool(false)\n"sv}, // 0.30000000000000004
        {"is_int", {Dbl(0x7ff0000000000000ULL)}, "bool(false)\n"sv}, // INF
        {"is_int", {Dbl(0xfff0000000000000ULL)}, "bool(false)\n"sv}, // -INF
        {"is_int", {Dbl(0x7ff8000000000000ULL)}, "bool(false)\n"sv}, // NAN
        {"is_int", {Dbl(0x43e0000000000000ULL)}, "bool(false)\n"sv}, // 9.223372036854776E+18
        {"is_int", {Dbl(0xc3e02207973f6440ULL)}, "bool(false)\n"sv}, // -9.3E+18
        {"is_int", {Dbl(0x43e158e460913d00ULL)}, "bool(false)\n"sv}, // 1.0E+19
        {"is_int", {Dbl(0x463f8def8808b024ULL)}, "bool(false)\n"sv}, // 2.5E+30
        {"is_int", {Str(""sv)}, "bool(false)\n"sv},
        {"is_int", {Str("0"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("1"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("00"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("0.0"sv)}, "bool(false)\n"sv},
        {"is_int", {Str(" "sv)}, "bool(false)\n"sv},
        {"is_int", {Str("abc"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("12abc"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("  12"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("12  "sv)}, "bool(false)\n"sv},
        {"is_int", {Str("1e3"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("1E3"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("-1.5e-3"sv)}, "bool(false)\n"sv},
        {"is_int", {Str(".5"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("5."sv)}, "bool(false)\n"sv},
        {"is_int", {Str("0x1A"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("0b11"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("012"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("+5"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("-"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("1e"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("inf"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("NAN"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("1\000"sv)}, "bool(false)\n"sv},
        {"is_int", {Str(" 1 "sv)}, "bool(false)\n"sv},
        {"is_int", {Str("\n1\n"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("9223372036854775807"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("9223372036854775808"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("-9223372036854775809"sv)}, "bool(false)\n"sv},
        {"is_int", {Str("1e400"sv)}, "bool(false)\n"sv},
        {"is_int", {Tru()}, "bool(false)\n"sv},
        {"is_int", {Fal()}, "bool(false)\n"sv},
        {"is_int", {Nul()}, "bool(false)\n"sv},
        {"is_integer", {Int(0)}, "bool(true)\n"sv},
        {"is_integer", {Int(1)}, "bool(true)\n"sv},
        {"is_integer", {Int(-1)}, "bool(true)\n"sv},
        {"is_integer", {Int(9223372036854775807)}, "bool(true)\n"sv},
        {"is_integer", {Int(INT64_MIN)}, "bool(true)\n"sv},
        {"is_integer", {Dbl(0x0000000000000000ULL)}, "bool(false)\n"sv}, // 0.0
        {"is_integer", {Dbl(0x8000000000000000ULL)}, "bool(false)\n"sv}, // -0.0
        {"is_integer", {Dbl(0x3ff8000000000000ULL)}, "bool(false)\n"sv}, // 1.5
        {"is_integer", {Dbl(0xbff8000000000000ULL)}, "bool(false)\n"sv}, // -1.5
        {"is_integer", {Dbl(0x45208b2a2c280291ULL)}, "bool(false)\n"sv}, // 1.0E+25
        {"is_integer", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(false)\n"sv}, // 1.0E-7
        {"is_integer", {Dbl(0x3fd3333333333334ULL)}, "bool(false)\n"sv}, // 0.30000000000000004
        {"is_integer", {Dbl(0x7ff0000000000000ULL)}, "bool(false)\n"sv}, // INF
        {"is_integer", {Dbl(0xfff0000000000000ULL)}, "bool(false)\n"sv}, // -INF
        {"is_integer", {Dbl(0x7ff8000000000000ULL)}, "bool(false)\n"sv}, // NAN
        {"is_integer", {Dbl(0x43e0000000000000ULL)}, "bool(false)\n"sv}, // 9.223372036854776E+18
        {"is_integer", {Dbl(0xc3e02207973f6440ULL)}, "bool(false)\n"sv}, // -9.3E+18
        {"is_integer", {Dbl(0x43e158e460913d00ULL)}, "bool(false)\n"sv}, // 1.0E+19
        {"is_integer", {Dbl(0x463f8def8808b024ULL)}, "bool(false)\n"sv}, // 2.5E+30
        {"is_integer", {Str(""sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("0"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("1"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("00"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("0.0"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str(" "sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("abc"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("12abc"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("  12"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("12  "sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("1e3"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("1E3"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("-1.5e-3"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str(".5"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("5."sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("0x1A"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("0b11"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("012"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("+5"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("-"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("1e"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("inf"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("NAN"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("1\000"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str(" 1 "sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("\n1\n"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("9223372036854775807"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("9223372036854775808"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("-9223372036854775809"sv)}, "bool(false)\n"sv},
        {"is_integer", {Str("1e400"sv)}, "bool(false)\n"sv},
        {"is_integer", {Tru()}, "bool(false)\n"sv},
        {"is_integer", {Fal()}, "bool(false)\n"sv},
        {"is_integer", {Nul()}, "bool(false)\n"sv},
        {"is_long", {Int(0)}, "bool(true)\n"sv},
        {"is_long", {Int(1)}, "bool(true)\n"sv},
        {"is_long", {Int(-1)}, "bool(true)\n"sv},
        {"is_long", {Int(9223372036854775807)}, "bool(true)\n"sv},
        {"is_long", {Int(INT64_MIN)}, "bool(true)\n"sv},
        {"is_long", {Dbl(0x0000000000000000ULL)}, "bool(false)\n"sv}, // 0.0
        {"is_long", {Dbl(0x8000000000000000ULL)}, "bool(false)\n"sv}, // -0.0
        {"is_long", {Dbl(0x3ff8000000000000ULL)}, "bool(false)\n"sv}, // 1.5
        {"is_long", {Dbl(0xbff8000000000000ULL)}, "bool(false)\n"sv}, // -1.5
        {"is_long", {Dbl(0x45208b2a2c280291ULL)}, "bool(false)\n"sv}, // 1.0E+25
        {"is_long", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(false)\n"sv}, // 1.0E-7
        {"is_long", {Dbl(0x3fd3333333333334ULL)}, "bool(false)\n"sv}, // 0.30000000000000004
        {"is_long", {Dbl(0x7ff0000000000000ULL)}, "bool(false)\n"sv}, // INF
        {"is_long", {Dbl(0xfff0000000000000ULL)}, "bool(false)\n"sv}, // -INF
        {"is_long", {Dbl(0x7ff8000000000000ULL)}, "bool(false)\n"sv}, // NAN
        {"is_long", {Dbl(0x43e0000000000000ULL)}, "bool(false)\n"sv}, // 9.223372036854776E+18
        {"is_long", {Dbl(0xc3e02207973f6440ULL)}, "bool(false)\n"sv}, // -9.3E+18
        {"is_long", {Dbl(0x43e158e460913d00ULL)}, "bool(false)\n"sv}, // 1.0E+19
        {"is_long", {Dbl(0x463f8def8808b024ULL)}, "bool(false)\n"sv}, // 2.5E+30
        {"is_long", {Str(""sv)}, "bool(false)\n"sv},
        {"is_long", {Str("0"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("1"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("00"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("0.0"sv)}, "bool(false)\n"sv},
        {"is_long", {Str(" "sv)}, "bool(false)\n"sv},
        {"is_long", {Str("abc"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("12abc"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("  12"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("12  "sv)}, "bool(false)\n"sv},
        {"is_long", {Str("1e3"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("1E3"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("-1.5e-3"sv)}, "bool(false)\n"sv},
        {"is_long", {Str(".5"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("5."sv)}, "bool(false)\n"sv},
        {"is_long", {Str("0x1A"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("0b11"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("012"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("+5"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("-"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("1e"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("inf"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("NAN"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("1\000"sv)}, "bool(false)\n"sv},
        {"is_long", {Str(" 1 "sv)}, "bool(false)\n"sv},
        {"is_long", {Str("\n1\n"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("9223372036854775807"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("9223372036854775808"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("-9223372036854775809"sv)}, "bool(false)\n"sv},
        {"is_long", {Str("1e400"sv)}, "bool(false)\n"sv},
        {"is_long", {Tru()}, "bool(false)\n"sv},
        {"is_long", {Fal()}, "bool(false)\n"sv},
        {"is_long", {Nul()}, "bool(false)\n"sv},
        {"is_float", {Int(0)}, "bool(false)\n"sv},
        {"is_float", {Int(1)}, "bool(false)\n"sv},
        {"is_float", {Int(-1)}, "bool(false)\n"sv},
        {"is_float", {Int(9223372036854775807)}, "bool(false)\n"sv},
        {"is_float", {Int(INT64_MIN)}, "bool(false)\n"sv},
        {"is_float", {Dbl(0x0000000000000000ULL)}, "bool(true)\n"sv}, // 0.0
        {"is_float", {Dbl(0x8000000000000000ULL)}, "bool(true)\n"sv}, // -0.0
        {"is_float", {Dbl(0x3ff8000000000000ULL)}, "bool(true)\n"sv}, // 1.5
        {"is_float", {Dbl(0xbff8000000000000ULL)}, "bool(true)\n"sv}, // -1.5
        {"is_float", {Dbl(0x45208b2a2c280291ULL)}, "bool(true)\n"sv}, // 1.0E+25
        {"is_float", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(true)\n"sv}, // 1.0E-7
        {"is_float", {Dbl(0x3fd3333333333334ULL)}, "bool(true)\n"sv}, // 0.30000000000000004
        {"is_float", {Dbl(0x7ff0000000000000ULL)}, "bool(true)\n"sv}, // INF
        {"is_float", {Dbl(0xfff0000000000000ULL)}, "bool(true)\n"sv}, // -INF
        {"is_float", {Dbl(0x7ff8000000000000ULL)}, "bool(true)\n"sv}, // NAN
        {"is_float", {Dbl(0x43e0000000000000ULL)}, "bool(true)\n"sv}, // 9.223372036854776E+18
        {"is_float", {Dbl(0xc3e02207973f6440ULL)}, "bool(true)\n"sv}, // -9.3E+18
        {"is_float", {Dbl(0x43e158e460913d00ULL)}, "bool(true)\n"sv}, // 1.0E+19
        {"is_float", {Dbl(0x463f8def8808b024ULL)}, "bool(true)\n"sv}, // 2.5E+30
        {"is_float", {Str(""sv)}, "bool(false)\n"sv},
        {"is_float", {Str("0"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("1"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("00"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("0.0"sv)}, "bool(false)\n"sv},
        {"is_float", {Str(" "sv)}, "bool(false)\n"sv},
        {"is_float", {Str("abc"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("12abc"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("  12"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("12  "sv)}, "bool(false)\n"sv},
        {"is_float", {Str("1e3"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("1E3"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("-1.5e-3"sv)}, "bool(false)\n"sv},
        {"is_float", {Str(".5"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("5."sv)}, "bool(false)\n"sv},
        {"is_float", {Str("0x1A"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("0b11"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("012"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("+5"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("-"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("1e"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("inf"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("NAN"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("1\000"sv)}, "bool(false)\n"sv},
        {"is_float", {Str(" 1 "sv)}, "bool(false)\n"sv},
        {"is_float", {Str("\n1\n"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("9223372036854775807"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("9223372036854775808"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("-9223372036854775809"sv)}, "bool(false)\n"sv},
        {"is_float", {Str("1e400"sv)}, "bool(false)\n"sv},
        {"is_float", {Tru()}, "bool(false)\n"sv},
        {"is_float", {Fal()}, "bool(false)\n"sv},
        {"is_float", {Nul()}, "bool(false)\n"sv},
        {"is_double", {Int(0)}, "bool(false)\n"sv},
        {"is_double", {Int(1)}, "bool(false)\n"sv},
        {"is_double", {Int(-1)}, "bool(false)\n"sv},
        {"is_double", {Int(9223372036854775807)}, "bool(false)\n"sv},
        {"is_double", {Int(INT64_MIN)}, "bool(false)\n"sv},
        {"is_double", {Dbl(0x0000000000000000ULL)}, "bool(true)\n"sv}, // 0.0
        {"is_double", {Dbl(0x8000000000000000ULL)}, "bool(true)\n"sv}, // -0.0
        {"is_double", {Dbl(0x3ff8000000000000ULL)}, "bool(true)\n"sv}, // 1.5
        {"is_double", {Dbl(0xbff8000000000000ULL)}, "bool(true)\n"sv}, // -1.5
        {"is_double", {Dbl(0x45208b2a2c280291ULL)}, "bool(true)\n"sv}, // 1.0E+25
        {"is_double", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(true)\n"sv}, // 1.0E-7
        {"is_double", {Dbl(0x3fd3333333333334ULL)}, "bool(true)\n"sv}, // 0.30000000000000004
        {"is_double", {Dbl(0x7ff0000000000000ULL)}, "bool(true)\n"sv}, // INF
        {"is_double", {Dbl(0xfff0000000000000ULL)}, "bool(true)\n"sv}, // -INF
        {"is_double", {Dbl(0x7ff8000000000000ULL)}, "bool(true)\n"sv}, // NAN
        {"is_double", {Dbl(0x43e0000000000000ULL)}, "bool(true)\n"sv}, // 9.223372036854776E+18
        {"is_double", {Dbl(0xc3e02207973f6440ULL)}, "bool(true)\n"sv}, // -9.3E+18
        {"is_double", {Dbl(0x43e158e460913d00ULL)}, "bool(true)\n"sv}, // 1.0E+19
        {"is_double", {Dbl(0x463f8def8808b024ULL)}, "bool(true)\n"sv}, // 2.5E+30
        {"is_double", {Str(""sv)}, "bool(false)\n"sv},
        {"is_double", {Str("0"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("1"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("00"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("0.0"sv)}, "bool(false)\n"sv},
        {"is_double", {Str(" "sv)}, "bool(false)\n"sv},
        {"is_double", {Str("abc"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("12abc"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("  12"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("12  "sv)}, "bool(false)\n"sv},
        {"is_double", {Str("1e3"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("1E3"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("-1.5e-3"sv)}, "bool(false)\n"sv},
        {"is_double", {Str(".5"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("5."sv)}, "bool(false)\n"sv},
        {"is_double", {Str("0x1A"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("0b11"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("012"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("+5"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("-"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("1e"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("inf"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("NAN"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("1\000"sv)}, "bool(false)\n"sv},
        {"is_double", {Str(" 1 "sv)}, "bool(false)\n"sv},
        {"is_double", {Str("\n1\n"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("9223372036854775807"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("9223372036854775808"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("-9223372036854775809"sv)}, "bool(false)\n"sv},
        {"is_double", {Str("1e400"sv)}, "bool(false)\n"sv},
        {"is_double", {Tru()}, "bool(false)\n"sv},
        {"is_double", {Fal()}, "bool(false)\n"sv},
        {"is_double", {Nul()}, "bool(false)\n"sv},
        {"is_string", {Int(0)}, "bool(false)\n"sv},
        {"is_string", {Int(1)}, "bool(false)\n"sv},
        {"is_string", {Int(-1)}, "bool(false)\n"sv},
        {"is_string", {Int(9223372036854775807)}, "bool(false)\n"sv},
        {"is_string", {Int(INT64_MIN)}, "bool(false)\n"sv},
        {"is_string", {Dbl(0x0000000000000000ULL)}, "bool(false)\n"sv}, // 0.0
        {"is_string", {Dbl(0x8000000000000000ULL)}, "bool(false)\n"sv}, // -0.0
        {"is_string", {Dbl(0x3ff8000000000000ULL)}, "bool(false)\n"sv}, // 1.5
        {"is_string", {Dbl(0xbff8000000000000ULL)}, "bool(false)\n"sv}, // -1.5
        {"is_string", {Dbl(0x45208b2a2c280291ULL)}, "bool(false)\n"sv}, // 1.0E+25
        {"is_string", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(false)\n"sv}, // 1.0E-7
        {"is_string", {Dbl(0x3fd3333333333334ULL)}, "bool(false)\n"sv}, // 0.30000000000000004
        {"is_string", {Dbl(0x7ff0000000000000ULL)}, "bool(false)\n"sv}, // INF
        {"is_string", {Dbl(0xfff0000000000000ULL)}, "bool(false)\n"sv}, // -INF
        {"is_string", {Dbl(0x7ff8000000000000ULL)}, "bool(false)\n"sv}, // NAN
        {"is_string", {Dbl(0x43e0000000000000ULL)}, "bool(false)\n"sv}, // 9.223372036854776E+18
        {"is_string", {Dbl(0xc3e02207973f6440ULL)}, "bool(false)\n"sv}, // -9.3E+18
        {"is_string", {Dbl(0x43e158e460913d00ULL)}, "bool(false)\n"sv}, // 1.0E+19
        {"is_string", {Dbl(0x463f8def8808b024ULL)}, "bool(false)\n"sv}, // 2.5E+30
        {"is_string", {Str(""sv)}, "bool(true)\n"sv},
        {"is_string", {Str("0"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("1"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("00"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("0.0"sv)}, "bool(true)\n"sv},
        {"is_string", {Str(" "sv)}, "bool(true)\n"sv},
        {"is_string", {Str("abc"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("12abc"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("  12"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("12  "sv)}, "bool(true)\n"sv},
        {"is_string", {Str("1e3"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("1E3"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("-1.5e-3"sv)}, "bool(true)\n"sv},
        {"is_string", {Str(".5"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("5."sv)}, "bool(true)\n"sv},
        {"is_string", {Str("0x1A"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("0b11"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("012"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("+5"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("-"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("1e"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("inf"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("NAN"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("1\000"sv)}, "bool(true)\n"sv},
        {"is_string", {Str(" 1 "sv)}, "bool(true)\n"sv},
        {"is_string", {Str("\n1\n"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("9223372036854775807"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("9223372036854775808"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("-9223372036854775809"sv)}, "bool(true)\n"sv},
        {"is_string", {Str("1e400"sv)}, "bool(true)\n"sv},
        {"is_string", {Tru()}, "bool(false)\n"sv},
        {"is_string", {Fal()}, "bool(false)\n"sv},
        {"is_string", {Nul()}, "bool(false)\n"sv},
        {"is_bool", {Int(0)}, "bool(false)\n"sv},
        {"is_bool", {Int(1)}, "bool(false)\n"sv},
        {"is_bool", {Int(-1)}, "bool(false)\n"sv},
        {"is_bool", {Int(9223372036854775807)}, "bool(false)\n"sv},
        {"is_bool", {Int(INT64_MIN)}, "bool(false)\n"sv},
        {"is_bool", {Dbl(0x0000000000000000ULL)}, "bool(false)\n"sv}, // 0.0
        {"is_bool", {Dbl(0x8000000000000000ULL)}, "bool(false)\n"sv}, // -0.0
        {"is_bool", {Dbl(0x3ff8000000000000ULL)}, "bool(false)\n"sv}, // 1.5
        {"is_bool", {Dbl(0xbff8000000000000ULL)}, "bool(false)\n"sv}, // -1.5
        {"is_bool", {Dbl(0x45208b2a2c280291ULL)}, "bool(false)\n"sv}, // 1.0E+25
        {"is_bool", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(false)\n"sv}, // 1.0E-7
        {"is_bool", {Dbl(0x3fd3333333333334ULL)}, "bool(false)\n"sv}, // 0.30000000000000004
        {"is_bool", {Dbl(0x7ff0000000000000ULL)}, "bool(false)\n"sv}, // INF
        {"is_bool", {Dbl(0xfff0000000000000ULL)}, "bool(false)\n"sv}, // -INF
        {"is_bool", {Dbl(0x7ff8000000000000ULL)}, "bool(false)\n"sv}, // NAN
        {"is_bool", {Dbl(0x43e0000000000000ULL)}, "bool(false)\n"sv}, // 9.223372036854776E+18
        {"is_bool", {Dbl(0xc3e02207973f6440ULL)}, "bool(false)\n"sv}, // -9.3E+18
        {"is_bool", {Dbl(0x43e158e460913d00ULL)}, "bool(false)\n"sv}, // 1.0E+19
        {"is_bool", {Dbl(0x463f8def8808b024ULL)}, "bool(false)\n"sv}, // 2.5E+30
        {"is_bool", {Str(""sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("0"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("1"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("00"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("0.0"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str(" "sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("abc"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("12abc"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("  12"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("12  "sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("1e3"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("1E3"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("-1.5e-3"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str(".5"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("5."sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("0x1A"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("0b11"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("012"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("+5"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("-"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("1e"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("inf"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("NAN"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("1\000"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str(" 1 "sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("\n1\n"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("9223372036854775807"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("9223372036854775808"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("-9223372036854775809"sv)}, "bool(false)\n"sv},
        {"is_bool", {Str("1e400"sv)}, "bool(false)\n"sv},
        {"is_bool", {Tru()}, "bool(true)\n"sv},
        {"is_bool", {Fal()}, "bool(true)\n"sv},
        {"is_bool", {Nul()}, "bool(false)\n"sv},
        {"is_null", {Int(0)}, "bool(false)\n"sv},
        {"is_null", {Int(1)}, "bool(false)\n"sv},
        {"is_null", {Int(-1)}, "bool(false)\n"sv},
        {"is_null", {Int(9223372036854775807)}, "bool(false)\n"sv},
        {"is_null", {Int(INT64_MIN)}, "bool(false)\n"sv},
        {"is_null", {Dbl(0x0000000000000000ULL)}, "bool(false)\n"sv}, // 0.0
        {"is_null", {Dbl(0x8000000000000000ULL)}, "bool(false)\n"sv}, // -0.0
        {"is_null", {Dbl(0x3ff8000000000000ULL)}, "bool(false)\n"sv}, // 1.5
        {"is_null", {Dbl(0xbff8000000000000ULL)}, "bool(false)\n"sv}, // -1.5
        {"is_null", {Dbl(0x45208b2a2c280291ULL)}, "bool(false)\n"sv}, // 1.0E+25
        {"is_null", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(false)\n"sv}, // 1.0E-7
        {"is_null", {Dbl(0x3fd3333333333334ULL)}, "bool(false)\n"sv}, // 0.30000000000000004
        {"is_null", {Dbl(0x7ff0000000000000ULL)}, "bool(false)\n"sv}, // INF
        {"is_null", {Dbl(0xfff0000000000000ULL)}, "bool(false)\n"sv}, // -INF
        {"is_null", {Dbl(0x7ff8000000000000ULL)}, "bool(false)\n"sv}, // NAN
        {"is_null", {Dbl(0x43e0000000000000ULL)}, "bool(false)\n"sv}, // 9.223372036854776E+18
        {"is_null", {Dbl(0xc3e02207973f6440ULL)}, "bool(false)\n"sv}, // -9.3E+18
        {"is_null", {Dbl(0x43e158e460913d00ULL)}, "bool(false)\n"sv}, // 1.0E+19
        {"is_null", {Dbl(0x463f8def8808b024ULL)}, "bool(false)\n"sv}, // 2.5E+30
        {"is_null", {Str(""sv)}, "bool(false)\n"sv},
        {"is_null", {Str("0"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("1"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("00"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("0.0"sv)}, "bool(false)\n"sv},
        {"is_null", {Str(" "sv)}, "bool(false)\n"sv},
        {"is_null", {Str("abc"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("12abc"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("  12"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("12  "sv)}, "bool(false)\n"sv},
        {"is_null", {Str("1e3"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("1E3"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("-1.5e-3"sv)}, "bool(false)\n"sv},
        {"is_null", {Str(".5"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("5."sv)}, "bool(false)\n"sv},
        {"is_null", {Str("0x1A"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("0b11"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("012"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("+5"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("-"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("1e"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("inf"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("NAN"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("1\000"sv)}, "bool(false)\n"sv},
        {"is_null", {Str(" 1 "sv)}, "bool(false)\n"sv},
        {"is_null", {Str("\n1\n"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("9223372036854775807"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("9223372036854775808"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("-9223372036854775809"sv)}, "bool(false)\n"sv},
        {"is_null", {Str("1e400"sv)}, "bool(false)\n"sv},
        {"is_null", {Tru()}, "bool(false)\n"sv},
        {"is_null", {Fal()}, "bool(false)\n"sv},
        {"is_null", {Nul()}, "bool(true)\n"sv},
        {"is_numeric", {Int(0)}, "bool(true)\n"sv},
        {"is_numeric", {Int(1)}, "bool(true)\n"sv},
        {"is_numeric", {Int(-1)}, "bool(true)\n"sv},
        {"is_numeric", {Int(9223372036854775807)}, "bool(true)\n"sv},
        {"is_numeric", {Int(INT64_MIN)}, "bool(true)\n"sv},
        {"is_numeric", {Dbl(0x0000000000000000ULL)}, "bool(true)\n"sv}, // 0.0
        {"is_numeric", {Dbl(0x8000000000000000ULL)}, "bool(true)\n"sv}, // -0.0
        {"is_numeric", {Dbl(0x3ff8000000000000ULL)}, "bool(true)\n"sv}, // 1.5
        {"is_numeric", {Dbl(0xbff8000000000000ULL)}, "bool(true)\n"sv}, // -1.5
        {"is_numeric", {Dbl(0x45208b2a2c280291ULL)}, "bool(true)\n"sv}, // 1.0E+25
        {"is_numeric", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(true)\n"sv}, // 1.0E-7
        {"is_numeric", {Dbl(0x3fd3333333333334ULL)}, "bool(true)\n"sv}, // 0.30000000000000004
        {"is_numeric", {Dbl(0x7ff0000000000000ULL)}, "bool(true)\n"sv}, // INF
        {"is_numeric", {Dbl(0xfff0000000000000ULL)}, "bool(true)\n"sv}, // -INF
        {"is_numeric", {Dbl(0x7ff8000000000000ULL)}, "bool(true)\n"sv}, // NAN
        {"is_numeric", {Dbl(0x43e0000000000000ULL)}, "bool(true)\n"sv}, // 9.223372036854776E+18
        {"is_numeric", {Dbl(0xc3e02207973f6440ULL)}, "bool(true)\n"sv}, // -9.3E+18
        {"is_numeric", {Dbl(0x43e158e460913d00ULL)}, "bool(true)\n"sv}, // 1.0E+19
        {"is_numeric", {Dbl(0x463f8def8808b024ULL)}, "bool(true)\n"sv}, // 2.5E+30
        {"is_numeric", {Str(""sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("0"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("1"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("00"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("0.0"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str(" "sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("abc"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("12abc"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("  12"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("12  "sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("1e3"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("1E3"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("-1.5e-3"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str(".5"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("5."sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("0x1A"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("0b11"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("012"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("+5"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("-"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("1e"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("inf"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("NAN"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str("1\000"sv)}, "bool(false)\n"sv},
        {"is_numeric", {Str(" 1 "sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("\n1\n"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("9223372036854775807"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("9223372036854775808"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("-9223372036854775809"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Str("1e400"sv)}, "bool(true)\n"sv},
        {"is_numeric", {Tru()}, "bool(false)\n"sv},
        {"is_numeric", {Fal()}, "bool(false)\n"sv},
        {"is_numeric", {Nul()}, "bool(false)\n"sv},
        {"is_scalar", {Int(0)}, "bool(true)\n"sv},
        {"is_scalar", {Int(1)}, "bool(true)\n"sv},
        {"is_scalar", {Int(-1)}, "bool(true)\n"sv},
        {"is_scalar", {Int(9223372036854775807)}, "bool(true)\n"sv},
        {"is_scalar", {Int(INT64_MIN)}, "bool(true)\n"sv},
        {"is_scalar", {Dbl(0x0000000000000000ULL)}, "bool(true)\n"sv}, // 0.0
        {"is_scalar", {Dbl(0x8000000000000000ULL)}, "bool(true)\n"sv}, // -0.0
        {"is_scalar", {Dbl(0x3ff8000000000000ULL)}, "bool(true)\n"sv}, // 1.5
        {"is_scalar", {Dbl(0xbff8000000000000ULL)}, "bool(true)\n"sv}, // -1.5
        {"is_scalar", {Dbl(0x45208b2a2c280291ULL)}, "bool(true)\n"sv}, // 1.0E+25
        {"is_scalar", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(true)\n"sv}, // 1.0E-7
        {"is_scalar", {Dbl(0x3fd3333333333334ULL)}, "bool(true)\n"sv}, // 0.30000000000000004
        {"is_scalar", {Dbl(0x7ff0000000000000ULL)}, "bool(true)\n"sv}, // INF
        {"is_scalar", {Dbl(0xfff0000000000000ULL)}, "bool(true)\n"sv}, // -INF
        {"is_scalar", {Dbl(0x7ff8000000000000ULL)}, "bool(true)\n"sv}, // NAN
        {"is_scalar", {Dbl(0x43e0000000000000ULL)}, "bool(true)\n"sv}, // 9.223372036854776E+18
        {"is_scalar", {Dbl(0xc3e02207973f6440ULL)}, "bool(true)\n"sv}, // -9.3E+18
        {"is_scalar", {Dbl(0x43e158e460913d00ULL)}, "bool(true)\n"sv}, // 1.0E+19
        {"is_scalar", {Dbl(0x463f8def8808b024ULL)}, "bool(true)\n"sv}, // 2.5E+30
        {"is_scalar", {Str(""sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("0"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("1"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("00"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("0.0"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str(" "sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("abc"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("12abc"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("  12"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("12  "sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("1e3"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("1E3"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("-1.5e-3"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str(".5"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("5."sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("0x1A"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("0b11"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("012"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("+5"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("-"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("1e"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("inf"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("NAN"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("1\000"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str(" 1 "sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("\n1\n"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("9223372036854775807"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("9223372036854775808"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("-9223372036854775809"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Str("1e400"sv)}, "bool(true)\n"sv},
        {"is_scalar", {Tru()}, "bool(true)\n"sv},
        {"is_scalar", {Fal()}, "bool(true)\n"sv},
        {"is_scalar", {Nul()}, "bool(false)\n"sv},
        {"gettype", {Int(0)}, "string(7) \"integer\"\n"sv},
        {"gettype", {Int(1)}, "string(7) \"integer\"\n"sv},
        {"gettype", {Int(-1)}, "string(7) \"integer\"\n"sv},
        {"gettype", {Int(9223372036854775807)}, "string(7) \"integer\"\n"sv},
        {"gettype", {Int(INT64_MIN)}, "string(7) \"integer\"\n"sv},
        {"gettype", {Dbl(0x0000000000000000ULL)}, "string(6) \"double\"\n"sv}, // 0.0
        {"gettype", {Dbl(0x8000000000000000ULL)}, "string(6) \"double\"\n"sv}, // -0.0
        {"gettype", {Dbl(0x3ff8000000000000ULL)}, "string(6) \"double\"\n"sv}, // 1.5
        {"gettype", {Dbl(0xbff8000000000000ULL)}, "string(6) \"double\"\n"sv}, // -1.5
        {"gettype", {Dbl(0x45208b2a2c280291ULL)}, "string(6) \"double\"\n"sv}, // 1.0E+25
        {"gettype", {Dbl(0x3e7ad7f29abcaf48ULL)}, "string(6) \"double\"\n"sv}, // 1.0E-7
        {"gettype", {Dbl(0x3fd3333333333334ULL)}, "string(6) \"double\"\n"sv}, // 0.30000000000000004
        {"gettype", {Dbl(0x7ff0000000000000ULL)}, "string(6) \"double\"\n"sv}, // INF
        {"gettype", {Dbl(0xfff0000000000000ULL)}, "string(6) \"double\"\n"sv}, // -INF
        {"gettype", {Dbl(0x7ff8000000000000ULL)}, "string(6) \"double\"\n"sv}, // NAN
        {"gettype", {Dbl(0x43e0000000000000ULL)}, "string(6) \"double\"\n"sv}, // 9.223372036854776E+18
        {"gettype", {Dbl(0xc3e02207973f6440ULL)}, "string(6) \"double\"\n"sv}, // -9.3E+18
        {"gettype", {Dbl(0x43e158e460913d00ULL)}, "string(6) \"double\"\n"sv}, // 1.0E+19
        {"gettype", {Dbl(0x463f8def8808b024ULL)}, "string(6) \"double\"\n"sv}, // 2.5E+30
        {"gettype", {Str(""sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("0"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("1"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("00"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("0.0"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str(" "sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("abc"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("12abc"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("  12"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("12  "sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("1e3"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("1E3"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("-1.5e-3"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str(".5"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("5."sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("0x1A"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("0b11"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("012"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("+5"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("-"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("1e"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("inf"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("NAN"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("1\000"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str(" 1 "sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("\n1\n"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("9223372036854775807"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("9223372036854775808"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("-9223372036854775809"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Str("1e400"sv)}, "string(6) \"string\"\n"sv},
        {"gettype", {Tru()}, "string(7) \"boolean\"\n"sv},
        {"gettype", {Fal()}, "string(7) \"boolean\"\n"sv},
        {"gettype", {Nul()}, "string(4) \"NULL\"\n"sv},
        {"intval", {Int(0)}, "int(0)\n"sv},
        {"intval", {Int(1)}, "int(1)\n"sv},
        {"intval", {Int(-1)}, "int(-1)\n"sv},
        {"intval", {Int(9223372036854775807)}, "int(9223372036854775807)\n"sv},
        {"intval", {Int(INT64_MIN)}, "int(-9223372036854775808)\n"sv},
        {"intval", {Dbl(0x0000000000000000ULL)}, "int(0)\n"sv}, // 0.0
        {"intval", {Dbl(0x8000000000000000ULL)}, "int(0)\n"sv}, // -0.0
        {"intval", {Dbl(0x3ff8000000000000ULL)}, "int(1)\n"sv}, // 1.5
        {"intval", {Dbl(0xbff8000000000000ULL)}, "int(-1)\n"sv}, // -1.5
        {"intval", {Dbl(0x45208b2a2c280291ULL)}, "int(1590897979265384448)\n"sv}, // 1.0E+25
        {"intval", {Dbl(0x3e7ad7f29abcaf48ULL)}, "int(0)\n"sv}, // 1.0E-7
        {"intval", {Dbl(0x3fd3333333333334ULL)}, "int(0)\n"sv}, // 0.30000000000000004
        {"intval", {Dbl(0x7ff0000000000000ULL)}, "int(0)\n"sv}, // INF
        {"intval", {Dbl(0xfff0000000000000ULL)}, "int(0)\n"sv}, // -INF
        {"intval", {Dbl(0x7ff8000000000000ULL)}, "int(0)\n"sv}, // NAN
        {"intval", {Dbl(0x43e0000000000000ULL)}, "int(-9223372036854775808)\n"sv}, // 9.223372036854776E+18
        {"intval", {Dbl(0xc3e02207973f6440ULL)}, "int(9146744073709551616)\n"sv}, // -9.3E+18
        {"intval", {Dbl(0x43e158e460913d00ULL)}, "int(-8446744073709551616)\n"sv}, // 1.0E+19
        {"intval", {Dbl(0x463f8def8808b024ULL)}, "int(-5754474423872651264)\n"sv}, // 2.5E+30
        {"intval", {Str(""sv)}, "int(0)\n"sv},
        {"intval", {Str("0"sv)}, "int(0)\n"sv},
        {"intval", {Str("1"sv)}, "int(1)\n"sv},
        {"intval", {Str("00"sv)}, "int(0)\n"sv},
        {"intval", {Str("0.0"sv)}, "int(0)\n"sv},
        {"intval", {Str(" "sv)}, "int(0)\n"sv},
        {"intval", {Str("abc"sv)}, "int(0)\n"sv},
        {"intval", {Str("12abc"sv)}, "int(12)\n"sv},
        {"intval", {Str("  12"sv)}, "int(12)\n"sv},
        {"intval", {Str("12  "sv)}, "int(12)\n"sv},
        {"intval", {Str("1e3"sv)}, "int(1000)\n"sv},
        {"intval", {Str("1E3"sv)}, "int(1000)\n"sv},
        {"intval", {Str("-1.5e-3"sv)}, "int(0)\n"sv},
        {"intval", {Str(".5"sv)}, "int(0)\n"sv},
        {"intval", {Str("5."sv)}, "int(5)\n"sv},
        {"intval", {Str("0x1A"sv)}, "int(0)\n"sv},
        {"intval", {Str("0b11"sv)}, "int(0)\n"sv},
        {"intval", {Str("012"sv)}, "int(12)\n"sv},
        {"intval", {Str("+5"sv)}, "int(5)\n"sv},
        {"intval", {Str("-"sv)}, "int(0)\n"sv},
        {"intval", {Str("1e"sv)}, "int(1)\n"sv},
        {"intval", {Str("inf"sv)}, "int(0)\n"sv},
        {"intval", {Str("NAN"sv)}, "int(0)\n"sv},
        {"intval", {Str("1\000"sv)}, "int(1)\n"sv},
        {"intval", {Str(" 1 "sv)}, "int(1)\n"sv},
        {"intval", {Str("\n1\n"sv)}, "int(1)\n"sv},
        {"intval", {Str("9223372036854775807"sv)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("9223372036854775808"sv)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("-9223372036854775809"sv)}, "int(-9223372036854775808)\n"sv},
        {"intval", {Str("1e400"sv)}, "int(0)\n"sv},
        {"intval", {Tru()}, "int(1)\n"sv},
        {"intval", {Fal()}, "int(0)\n"sv},
        {"intval", {Nul()}, "int(0)\n"sv},
        {"floatval", {Int(0)}, "float(0)\n"sv},
        {"floatval", {Int(1)}, "float(1)\n"sv},
        {"floatval", {Int(-1)}, "float(-1)\n"sv},
        {"floatval", {Int(9223372036854775807)}, "float(9.223372036854776E+18)\n"sv},
        {"floatval", {Int(INT64_MIN)}, "float(-9.223372036854776E+18)\n"sv},
        {"floatval", {Dbl(0x0000000000000000ULL)}, "float(0)\n"sv}, // 0.0
        {"floatval", {Dbl(0x8000000000000000ULL)}, "float(-0)\n"sv}, // -0.0
        {"floatval", {Dbl(0x3ff8000000000000ULL)}, "float(1.5)\n"sv}, // 1.5
        {"floatval", {Dbl(0xbff8000000000000ULL)}, "float(-1.5)\n"sv}, // -1.5
        {"floatval", {Dbl(0x45208b2a2c280291ULL)}, "float(1.0E+25)\n"sv}, // 1.0E+25
        {"floatval", {Dbl(0x3e7ad7f29abcaf48ULL)}, "float(1.0E-7)\n"sv}, // 1.0E-7
        {"floatval", {Dbl(0x3fd3333333333334ULL)}, "float(0.30000000000000004)\n"sv}, // 0.30000000000000004
        {"floatval", {Dbl(0x7ff0000000000000ULL)}, "float(INF)\n"sv}, // INF
        {"floatval", {Dbl(0xfff0000000000000ULL)}, "float(-INF)\n"sv}, // -INF
        {"floatval", {Dbl(0x7ff8000000000000ULL)}, "float(NAN)\n"sv}, // NAN
        {"floatval", {Dbl(0x43e0000000000000ULL)}, "float(9.223372036854776E+18)\n"sv}, // 9.223372036854776E+18
        {"floatval", {Dbl(0xc3e02207973f6440ULL)}, "float(-9.3E+18)\n"sv}, // -9.3E+18
        {"floatval", {Dbl(0x43e158e460913d00ULL)}, "float(1.0E+19)\n"sv}, // 1.0E+19
        {"floatval", {Dbl(0x463f8def8808b024ULL)}, "float(2.5E+30)\n"sv}, // 2.5E+30
        {"floatval", {Str(""sv)}, "float(0)\n"sv},
        {"floatval", {Str("0"sv)}, "float(0)\n"sv},
        {"floatval", {Str("1"sv)}, "float(1)\n"sv},
        {"floatval", {Str("00"sv)}, "float(0)\n"sv},
        {"floatval", {Str("0.0"sv)}, "float(0)\n"sv},
        {"floatval", {Str(" "sv)}, "float(0)\n"sv},
        {"floatval", {Str("abc"sv)}, "float(0)\n"sv},
        {"floatval", {Str("12abc"sv)}, "float(12)\n"sv},
        {"floatval", {Str("  12"sv)}, "float(12)\n"sv},
        {"floatval", {Str("12  "sv)}, "float(12)\n"sv},
        {"floatval", {Str("1e3"sv)}, "float(1000)\n"sv},
        {"floatval", {Str("1E3"sv)}, "float(1000)\n"sv},
        {"floatval", {Str("-1.5e-3"sv)}, "float(-0.0015)\n"sv},
        {"floatval", {Str(".5"sv)}, "float(0.5)\n"sv},
        {"floatval", {Str("5."sv)}, "float(5)\n"sv},
        {"floatval", {Str("0x1A"sv)}, "float(0)\n"sv},
        {"floatval", {Str("0b11"sv)}, "float(0)\n"sv},
        {"floatval", {Str("012"sv)}, "float(12)\n"sv},
        {"floatval", {Str("+5"sv)}, "float(5)\n"sv},
        {"floatval", {Str("-"sv)}, "float(0)\n"sv},
        {"floatval", {Str("1e"sv)}, "float(1)\n"sv},
        {"floatval", {Str("inf"sv)}, "float(0)\n"sv},
        {"floatval", {Str("NAN"sv)}, "float(0)\n"sv},
        {"floatval", {Str("1\000"sv)}, "float(1)\n"sv},
        {"floatval", {Str(" 1 "sv)}, "float(1)\n"sv},
        {"floatval", {Str("\n1\n"sv)}, "float(1)\n"sv},
        {"floatval", {Str("9223372036854775807"sv)}, "float(9.223372036854776E+18)\n"sv},
        {"floatval", {Str("9223372036854775808"sv)}, "float(9.223372036854776E+18)\n"sv},
        {"floatval", {Str("-9223372036854775809"sv)}, "float(-9.223372036854776E+18)\n"sv},
        {"floatval", {Str("1e400"sv)}, "float(INF)\n"sv},
        {"floatval", {Tru()}, "float(1)\n"sv},
        {"floatval", {Fal()}, "float(0)\n"sv},
        {"floatval", {Nul()}, "float(0)\n"sv},
        {"doubleval", {Int(0)}, "float(0)\n"sv},
        {"doubleval", {Int(1)}, "float(1)\n"sv},
        {"doubleval", {Int(-1)}, "float(-1)\n"sv},
        {"doubleval", {Int(9223372036854775807)}, "float(9.223372036854776E+18)\n"sv},
        {"doubleval", {Int(INT64_MIN)}, "float(-9.223372036854776E+18)\n"sv},
        {"doubleval", {Dbl(0x0000000000000000ULL)}, "float(0)\n"sv}, // 0.0
        {"doubleval", {Dbl(0x8000000000000000ULL)}, "float(-0)\n"sv}, // -0.0
        {"doubleval", {Dbl(0x3ff8000000000000ULL)}, "float(1.5)\n"sv}, // 1.5
        {"doubleval", {Dbl(0xbff8000000000000ULL)}, "float(-1.5)\n"sv}, // -1.5
        {"doubleval", {Dbl(0x45208b2a2c280291ULL)}, "float(1.0E+25)\n"sv}, // 1.0E+25
        {"doubleval", {Dbl(0x3e7ad7f29abcaf48ULL)}, "float(1.0E-7)\n"sv}, // 1.0E-7
        {"doubleval", {Dbl(0x3fd3333333333334ULL)}, "float(0.30000000000000004)\n"sv}, // 0.30000000000000004
        {"doubleval", {Dbl(0x7ff0000000000000ULL)}, "float(INF)\n"sv}, // INF
        {"doubleval", {Dbl(0xfff0000000000000ULL)}, "float(-INF)\n"sv}, // -INF
        {"doubleval", {Dbl(0x7ff8000000000000ULL)}, "float(NAN)\n"sv}, // NAN
        {"doubleval", {Dbl(0x43e0000000000000ULL)}, "float(9.223372036854776E+18)\n"sv}, // 9.223372036854776E+18
        {"doubleval", {Dbl(0xc3e02207973f6440ULL)}, "float(-9.3E+18)\n"sv}, // -9.3E+18
        {"doubleval", {Dbl(0x43e158e460913d00ULL)}, "float(1.0E+19)\n"sv}, // 1.0E+19
        {"doubleval", {Dbl(0x463f8def8808b024ULL)}, "float(2.5E+30)\n"sv}, // 2.5E+30
        {"doubleval", {Str(""sv)}, "float(0)\n"sv},
        {"doubleval", {Str("0"sv)}, "float(0)\n"sv},
        {"doubleval", {Str("1"sv)}, "float(1)\n"sv},
        {"doubleval", {Str("00"sv)}, "float(0)\n"sv},
        {"doubleval", {Str("0.0"sv)}, "float(0)\n"sv},
        {"doubleval", {Str(" "sv)}, "float(0)\n"sv},
        {"doubleval", {Str("abc"sv)}, "float(0)\n"sv},
        {"doubleval", {Str("12abc"sv)}, "float(12)\n"sv},
        {"doubleval", {Str("  12"sv)}, "float(12)\n"sv},
        {"doubleval", {Str("12  "sv)}, "float(12)\n"sv},
        {"doubleval", {Str("1e3"sv)}, "float(1000)\n"sv},
        {"doubleval", {Str("1E3"sv)}, "float(1000)\n"sv},
        {"doubleval", {Str("-1.5e-3"sv)}, "float(-0.0015)\n"sv},
        {"doubleval", {Str(".5"sv)}, "float(0.5)\n"sv},
        {"doubleval", {Str("5."sv)}, "float(5)\n"sv},
        {"doubleval", {Str("0x1A"sv)}, "float(0)\n"sv},
        {"doubleval", {Str("0b11"sv)}, "float(0)\n"sv},
        {"doubleval", {Str("012"sv)}, "float(12)\n"sv},
        {"doubleval", {Str("+5"sv)}, "float(5)\n"sv},
        {"doubleval", {Str("-"sv)}, "float(0)\n"sv},
        {"doubleval", {Str("1e"sv)}, "float(1)\n"sv},
        {"doubleval", {Str("inf"sv)}, "float(0)\n"sv},
        {"doubleval", {Str("NAN"sv)}, "float(0)\n"sv},
        {"doubleval", {Str("1\000"sv)}, "float(1)\n"sv},
        {"doubleval", {Str(" 1 "sv)}, "float(1)\n"sv},
        {"doubleval", {Str("\n1\n"sv)}, "float(1)\n"sv},
        {"doubleval", {Str("9223372036854775807"sv)}, "float(9.223372036854776E+18)\n"sv},
        {"doubleval", {Str("9223372036854775808"sv)}, "float(9.223372036854776E+18)\n"sv},
        {"doubleval", {Str("-9223372036854775809"sv)}, "float(-9.223372036854776E+18)\n"sv},
        {"doubleval", {Str("1e400"sv)}, "float(INF)\n"sv},
        {"doubleval", {Tru()}, "float(1)\n"sv},
        {"doubleval", {Fal()}, "float(0)\n"sv},
        {"doubleval", {Nul()}, "float(0)\n"sv},
        {"boolval", {Int(0)}, "bool(false)\n"sv},
        {"boolval", {Int(1)}, "bool(true)\n"sv},
        {"boolval", {Int(-1)}, "bool(true)\n"sv},
        {"boolval", {Int(9223372036854775807)}, "bool(true)\n"sv},
        {"boolval", {Int(INT64_MIN)}, "bool(true)\n"sv},
        {"boolval", {Dbl(0x0000000000000000ULL)}, "bool(false)\n"sv}, // 0.0
        {"boolval", {Dbl(0x8000000000000000ULL)}, "bool(false)\n"sv}, // -0.0
        {"boolval", {Dbl(0x3ff8000000000000ULL)}, "bool(true)\n"sv}, // 1.5
        {"boolval", {Dbl(0xbff8000000000000ULL)}, "bool(true)\n"sv}, // -1.5
        {"boolval", {Dbl(0x45208b2a2c280291ULL)}, "bool(true)\n"sv}, // 1.0E+25
        {"boolval", {Dbl(0x3e7ad7f29abcaf48ULL)}, "bool(true)\n"sv}, // 1.0E-7
        {"boolval", {Dbl(0x3fd3333333333334ULL)}, "bool(true)\n"sv}, // 0.30000000000000004
        {"boolval", {Dbl(0x7ff0000000000000ULL)}, "bool(true)\n"sv}, // INF
        {"boolval", {Dbl(0xfff0000000000000ULL)}, "bool(true)\n"sv}, // -INF
        {"boolval", {Dbl(0x7ff8000000000000ULL)}, "bool(true)\n"sv}, // NAN
        {"boolval", {Dbl(0x43e0000000000000ULL)}, "bool(true)\n"sv}, // 9.223372036854776E+18
        {"boolval", {Dbl(0xc3e02207973f6440ULL)}, "bool(true)\n"sv}, // -9.3E+18
        {"boolval", {Dbl(0x43e158e460913d00ULL)}, "bool(true)\n"sv}, // 1.0E+19
        {"boolval", {Dbl(0x463f8def8808b024ULL)}, "bool(true)\n"sv}, // 2.5E+30
        {"boolval", {Str(""sv)}, "bool(false)\n"sv},
        {"boolval", {Str("0"sv)}, "bool(false)\n"sv},
        {"boolval", {Str("1"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("00"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("0.0"sv)}, "bool(true)\n"sv},
        {"boolval", {Str(" "sv)}, "bool(true)\n"sv},
        {"boolval", {Str("abc"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("12abc"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("  12"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("12  "sv)}, "bool(true)\n"sv},
        {"boolval", {Str("1e3"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("1E3"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("-1.5e-3"sv)}, "bool(true)\n"sv},
        {"boolval", {Str(".5"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("5."sv)}, "bool(true)\n"sv},
        {"boolval", {Str("0x1A"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("0b11"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("012"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("+5"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("-"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("1e"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("inf"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("NAN"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("1\000"sv)}, "bool(true)\n"sv},
        {"boolval", {Str(" 1 "sv)}, "bool(true)\n"sv},
        {"boolval", {Str("\n1\n"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("9223372036854775807"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("9223372036854775808"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("-9223372036854775809"sv)}, "bool(true)\n"sv},
        {"boolval", {Str("1e400"sv)}, "bool(true)\n"sv},
        {"boolval", {Tru()}, "bool(true)\n"sv},
        {"boolval", {Fal()}, "bool(false)\n"sv},
        {"boolval", {Nul()}, "bool(false)\n"sv},
        {"strval", {Int(0)}, "string(1) \"0\"\n"sv},
        {"strval", {Int(1)}, "string(1) \"1\"\n"sv},
        {"strval", {Int(-1)}, "string(2) \"-1\"\n"sv},
        {"strval", {Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"strval", {Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"strval", {Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"strval", {Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"strval", {Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"strval", {Dbl(0xbff8000000000000ULL)}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"strval", {Dbl(0x45208b2a2c280291ULL)}, "string(7) \"1.0E+25\"\n"sv}, // 1.0E+25
        {"strval", {Dbl(0x3e7ad7f29abcaf48ULL)}, "string(6) \"1.0E-7\"\n"sv}, // 1.0E-7
        {"strval", {Dbl(0x3fd3333333333334ULL)}, "string(3) \"0.3\"\n"sv}, // 0.30000000000000004
        {"strval", {Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"strval", {Dbl(0xfff0000000000000ULL)}, "string(4) \"-INF\"\n"sv}, // -INF
        {"strval", {Dbl(0x7ff8000000000000ULL)}, "string(3) \"NAN\"\n"sv}, // NAN
        {"strval", {Dbl(0x43e0000000000000ULL)}, "string(19) \"9.2233720368548E+18\"\n"sv}, // 9.223372036854776E+18
        {"strval", {Dbl(0xc3e02207973f6440ULL)}, "string(8) \"-9.3E+18\"\n"sv}, // -9.3E+18
        {"strval", {Dbl(0x43e158e460913d00ULL)}, "string(7) \"1.0E+19\"\n"sv}, // 1.0E+19
        {"strval", {Dbl(0x463f8def8808b024ULL)}, "string(7) \"2.5E+30\"\n"sv}, // 2.5E+30
        {"strval", {Str(""sv)}, "string(0) \"\"\n"sv},
        {"strval", {Str("0"sv)}, "string(1) \"0\"\n"sv},
        {"strval", {Str("1"sv)}, "string(1) \"1\"\n"sv},
        {"strval", {Str("00"sv)}, "string(2) \"00\"\n"sv},
        {"strval", {Str("0.0"sv)}, "string(3) \"0.0\"\n"sv},
        {"strval", {Str(" "sv)}, "string(1) \" \"\n"sv},
        {"strval", {Str("abc"sv)}, "string(3) \"abc\"\n"sv},
        {"strval", {Str("12abc"sv)}, "string(5) \"12abc\"\n"sv},
        {"strval", {Str("  12"sv)}, "string(4) \"  12\"\n"sv},
        {"strval", {Str("12  "sv)}, "string(4) \"12  \"\n"sv},
        {"strval", {Str("1e3"sv)}, "string(3) \"1e3\"\n"sv},
        {"strval", {Str("1E3"sv)}, "string(3) \"1E3\"\n"sv},
        {"strval", {Str("-1.5e-3"sv)}, "string(7) \"-1.5e-3\"\n"sv},
        {"strval", {Str(".5"sv)}, "string(2) \".5\"\n"sv},
        {"strval", {Str("5."sv)}, "string(2) \"5.\"\n"sv},
        {"strval", {Str("0x1A"sv)}, "string(4) \"0x1A\"\n"sv},
        {"strval", {Str("0b11"sv)}, "string(4) \"0b11\"\n"sv},
        {"strval", {Str("012"sv)}, "string(3) \"012\"\n"sv},
        {"strval", {Str("+5"sv)}, "string(2) \"+5\"\n"sv},
        {"strval", {Str("-"sv)}, "string(1) \"-\"\n"sv},
        {"strval", {Str("1e"sv)}, "string(2) \"1e\"\n"sv},
        {"strval", {Str("inf"sv)}, "string(3) \"inf\"\n"sv},
        {"strval", {Str("NAN"sv)}, "string(3) \"NAN\"\n"sv},
        {"strval", {Str("1\000"sv)}, "string(2) \"1\000\"\n"sv},
        {"strval", {Str(" 1 "sv)}, "string(3) \" 1 \"\n"sv},
        {"strval", {Str("\n1\n"sv)}, "string(3) \"\n1\n\"\n"sv},
        {"strval", {Str("9223372036854775807"sv)}, "string(19) \"9223372036854775807\"\n"sv},
        {"strval", {Str("9223372036854775808"sv)}, "string(19) \"9223372036854775808\"\n"sv},
        {"strval", {Str("-9223372036854775809"sv)}, "string(20) \"-9223372036854775809\"\n"sv},
        {"strval", {Str("1e400"sv)}, "string(5) \"1e400\"\n"sv},
        {"strval", {Tru()}, "string(1) \"1\"\n"sv},
        {"strval", {Fal()}, "string(0) \"\"\n"sv},
        {"strval", {Nul()}, "string(0) \"\"\n"sv},
        {"intval", {Str("42"sv), Int(0)}, "int(42)\n"sv},
        {"intval", {Str("42"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("42"sv), Int(8)}, "int(34)\n"sv},
        {"intval", {Str("42"sv), Int(10)}, "int(42)\n"sv},
        {"intval", {Str("42"sv), Int(16)}, "int(66)\n"sv},
        {"intval", {Str("42"sv), Int(36)}, "int(146)\n"sv},
        {"intval", {Str("0x1A"sv), Int(0)}, "int(26)\n"sv},
        {"intval", {Str("0x1A"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("0x1A"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("0x1A"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("0x1A"sv), Int(16)}, "int(26)\n"sv},
        {"intval", {Str("0x1A"sv), Int(36)}, "int(42814)\n"sv},
        {"intval", {Str("0X1a"sv), Int(0)}, "int(26)\n"sv},
        {"intval", {Str("0X1a"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("0X1a"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("0X1a"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("0X1a"sv), Int(16)}, "int(26)\n"sv},
        {"intval", {Str("0X1a"sv), Int(36)}, "int(42814)\n"sv},
        {"intval", {Str("012"sv), Int(0)}, "int(10)\n"sv},
        {"intval", {Str("012"sv), Int(2)}, "int(1)\n"sv},
        {"intval", {Str("012"sv), Int(8)}, "int(10)\n"sv},
        {"intval", {Str("012"sv), Int(10)}, "int(12)\n"sv},
        {"intval", {Str("012"sv), Int(16)}, "int(18)\n"sv},
        {"intval", {Str("012"sv), Int(36)}, "int(38)\n"sv},
        {"intval", {Str("0o17"sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("0o17"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("0o17"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("0o17"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("0o17"sv), Int(16)}, "int(0)\n"sv},
        {"intval", {Str("0o17"sv), Int(36)}, "int(31147)\n"sv},
        {"intval", {Str("0b101"sv), Int(0)}, "int(5)\n"sv},
        {"intval", {Str("0b101"sv), Int(2)}, "int(5)\n"sv},
        {"intval", {Str("0b101"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("0b101"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("0b101"sv), Int(16)}, "int(45313)\n"sv},
        {"intval", {Str("0b101"sv), Int(36)}, "int(514513)\n"sv},
        {"intval", {Str("0B101"sv), Int(0)}, "int(5)\n"sv},
        {"intval", {Str("0B101"sv), Int(2)}, "int(5)\n"sv},
        {"intval", {Str("0B101"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("0B101"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("0B101"sv), Int(16)}, "int(45313)\n"sv},
        {"intval", {Str("0B101"sv), Int(36)}, "int(514513)\n"sv},
        {"intval", {Str("-0b101"sv), Int(0)}, "int(-5)\n"sv},
        {"intval", {Str("-0b101"sv), Int(2)}, "int(-5)\n"sv},
        {"intval", {Str("-0b101"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("-0b101"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("-0b101"sv), Int(16)}, "int(-45313)\n"sv},
        {"intval", {Str("-0b101"sv), Int(36)}, "int(-514513)\n"sv},
        {"intval", {Str("+0b101"sv), Int(0)}, "int(5)\n"sv},
        {"intval", {Str("+0b101"sv), Int(2)}, "int(5)\n"sv},
        {"intval", {Str("+0b101"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("+0b101"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("+0b101"sv), Int(16)}, "int(45313)\n"sv},
        {"intval", {Str("+0b101"sv), Int(36)}, "int(514513)\n"sv},
        {"intval", {Str(" 0b11"sv), Int(0)}, "int(3)\n"sv},
        {"intval", {Str(" 0b11"sv), Int(2)}, "int(3)\n"sv},
        {"intval", {Str(" 0b11"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str(" 0b11"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str(" 0b11"sv), Int(16)}, "int(2833)\n"sv},
        {"intval", {Str(" 0b11"sv), Int(36)}, "int(14293)\n"sv},
        {"intval", {Str("\011-0x1f"sv), Int(0)}, "int(-31)\n"sv},
        {"intval", {Str("\011-0x1f"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("\011-0x1f"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("\011-0x1f"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("\011-0x1f"sv), Int(16)}, "int(-31)\n"sv},
        {"intval", {Str("\011-0x1f"sv), Int(36)}, "int(-42819)\n"sv},
        {"intval", {Str("z"sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("z"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("z"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("z"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("z"sv), Int(16)}, "int(0)\n"sv},
        {"intval", {Str("z"sv), Int(36)}, "int(35)\n"sv},
        {"intval", {Str("Z"sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("Z"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("Z"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("Z"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("Z"sv), Int(16)}, "int(0)\n"sv},
        {"intval", {Str("Z"sv), Int(36)}, "int(35)\n"sv},
        {"intval", {Str("1_000"sv), Int(0)}, "int(1)\n"sv},
        {"intval", {Str("1_000"sv), Int(2)}, "int(1)\n"sv},
        {"intval", {Str("1_000"sv), Int(8)}, "int(1)\n"sv},
        {"intval", {Str("1_000"sv), Int(10)}, "int(1)\n"sv},
        {"intval", {Str("1_000"sv), Int(16)}, "int(1)\n"sv},
        {"intval", {Str("1_000"sv), Int(36)}, "int(1)\n"sv},
        {"intval", {Str("  "sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("  "sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("  "sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("  "sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("  "sv), Int(16)}, "int(0)\n"sv},
        {"intval", {Str("  "sv), Int(36)}, "int(0)\n"sv},
        {"intval", {Str(""sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str(""sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str(""sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str(""sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str(""sv), Int(16)}, "int(0)\n"sv},
        {"intval", {Str(""sv), Int(36)}, "int(0)\n"sv},
        {"intval", {Str("-"sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("-"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("-"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("-"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("-"sv), Int(16)}, "int(0)\n"sv},
        {"intval", {Str("-"sv), Int(36)}, "int(0)\n"sv},
        {"intval", {Str("0b"sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("0b"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("0b"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("0b"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("0b"sv), Int(16)}, "int(11)\n"sv},
        {"intval", {Str("0b"sv), Int(36)}, "int(11)\n"sv},
        {"intval", {Str("-0b"sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("-0b"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("-0b"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("-0b"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("-0b"sv), Int(16)}, "int(-11)\n"sv},
        {"intval", {Str("-0b"sv), Int(36)}, "int(-11)\n"sv},
        {"intval", {Str("0b2"sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("0b2"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("0b2"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("0b2"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("0b2"sv), Int(16)}, "int(178)\n"sv},
        {"intval", {Str("0b2"sv), Int(36)}, "int(398)\n"sv},
        {"intval", {Str("99999999999999999999"sv), Int(0)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("99999999999999999999"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("99999999999999999999"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("99999999999999999999"sv), Int(10)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("99999999999999999999"sv), Int(16)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("99999999999999999999"sv), Int(36)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("-99999999999999999999"sv), Int(0)}, "int(-9223372036854775808)\n"sv},
        {"intval", {Str("-99999999999999999999"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("-99999999999999999999"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("-99999999999999999999"sv), Int(10)}, "int(-9223372036854775808)\n"sv},
        {"intval", {Str("-99999999999999999999"sv), Int(16)}, "int(-9223372036854775808)\n"sv},
        {"intval", {Str("-99999999999999999999"sv), Int(36)}, "int(-9223372036854775808)\n"sv},
        {"intval", {Str("7fffffffffffffff"sv), Int(0)}, "int(7)\n"sv},
        {"intval", {Str("7fffffffffffffff"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("7fffffffffffffff"sv), Int(8)}, "int(7)\n"sv},
        {"intval", {Str("7fffffffffffffff"sv), Int(10)}, "int(7)\n"sv},
        {"intval", {Str("7fffffffffffffff"sv), Int(16)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("7fffffffffffffff"sv), Int(36)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("8000000000000000"sv), Int(0)}, "int(8000000000000000)\n"sv},
        {"intval", {Str("8000000000000000"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("8000000000000000"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("8000000000000000"sv), Int(10)}, "int(8000000000000000)\n"sv},
        {"intval", {Str("8000000000000000"sv), Int(16)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("8000000000000000"sv), Int(36)}, "int(9223372036854775807)\n"sv},
        {"intval", {Str("12abc"sv), Int(0)}, "int(12)\n"sv},
        {"intval", {Str("12abc"sv), Int(2)}, "int(1)\n"sv},
        {"intval", {Str("12abc"sv), Int(8)}, "int(10)\n"sv},
        {"intval", {Str("12abc"sv), Int(10)}, "int(12)\n"sv},
        {"intval", {Str("12abc"sv), Int(16)}, "int(76476)\n"sv},
        {"intval", {Str("12abc"sv), Int(36)}, "int(1786296)\n"sv},
        {"intval", {Str("ffff"sv), Int(0)}, "int(0)\n"sv},
        {"intval", {Str("ffff"sv), Int(2)}, "int(0)\n"sv},
        {"intval", {Str("ffff"sv), Int(8)}, "int(0)\n"sv},
        {"intval", {Str("ffff"sv), Int(10)}, "int(0)\n"sv},
        {"intval", {Str("ffff"sv), Int(16)}, "int(65535)\n"sv},
        {"intval", {Str("ffff"sv), Int(36)}, "int(719835)\n"sv},
        {"intval", {Int(42), Int(16)}, "int(42)\n"sv},
        {"intval", {Dbl(0x4045733333333333ULL), Int(8)}, "int(42)\n"sv}, // 42.9
        {"intval", {Nul(), Int(8)}, "int(0)\n"sv},
        {"intval", {Tru(), Int(2)}, "int(1)\n"sv},
        {"intval", {Str("12"sv), Int(1)}, "int(0)\n"sv},
        {"intval", {Str("12"sv), Int(37)}, "int(0)\n"sv},
        {"intval", {Str("12"sv), Int(-5)}, "int(0)\n"sv},
        {"intval", {Str("12"sv), Nul()}, "\nDeprecated: intval(): Passing null to parameter #2 ($base) of type int is deprecated in Command line code on line 1\nint(12)\n"sv},
        {"intval", {Str("12"sv), Str("16"sv)}, "int(18)\n"sv},
        {"intval", {Str("12"sv), Str("x"sv)}, "TypeError: intval(): Argument #2 ($base) must be of type int, string given\n"sv},
        {"intval", {Str("12"sv), Dbl(0x4004000000000000ULL)}, "\nDeprecated: Implicit conversion from float 2.5 to int loses precision in Command line code on line 1\nint(1)\n"sv}, // 2.5
    };
    return cases;
}

} // namespace

class TypeTest : public BuiltinTest {};

TEST_F(TypeTest, MatchesPhp)
{
    check_table(matches_php_cases().data(), matches_php_cases().size());
}

} // namespace miniphp::runtime::builtins_test

// sprintf and printf against php 8.2, row by row: every conversion with flags, width
// and precision over ints, strings and awkward floats (ties, 1.005, 1e300, subnormals,
// INF/NAN), other types through the conversions, argument numbers, '*' width and
// precision, and every error php_formatted_print raises. The expected texts come
// from running the generator harness (see builtins_test_support.h) under php -n.
#include "builtins_test_support.h"

namespace miniphp::runtime::builtins_test {

namespace {

// Generated from php 8.2: see builtins_test_support.h.
const std::vector<Case>& matches_php_cases()
{
    static const std::vector<Case> cases = {
        {"sprintf", {Str("%d"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%d"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%d"sv), Int(-1)}, "string(2) \"-1\"\n"sv},
        {"sprintf", {Str("%d"sv), Int(42)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Str("%d"sv), Int(-42)}, "string(3) \"-42\"\n"sv},
        {"sprintf", {Str("%d"sv), Int(255)}, "string(3) \"255\"\n"sv},
        {"sprintf", {Str("%d"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("%d"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%d"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(0)}, "string(5) \"    0\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(1)}, "string(5) \"    1\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(-1)}, "string(5) \"   -1\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(42)}, "string(5) \"   42\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(-42)}, "string(5) \"  -42\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(255)}, "string(5) \"  255\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%5d"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(0)}, "string(6) \"0    |\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(1)}, "string(6) \"1    |\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(-1)}, "string(6) \"-1   |\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(42)}, "string(6) \"42   |\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(-42)}, "string(6) \"-42  |\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(255)}, "string(6) \"255  |\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(1000000)}, "string(8) \"1000000|\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(9223372036854775807)}, "string(20) \"9223372036854775807|\"\n"sv},
        {"sprintf", {Str("%-5d|"sv), Int(INT64_MIN)}, "string(21) \"-9223372036854775808|\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(0)}, "string(5) \"00000\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(1)}, "string(5) \"00001\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(-1)}, "string(5) \"-0001\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(42)}, "string(5) \"00042\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(-42)}, "string(5) \"-0042\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(255)}, "string(5) \"00255\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%05d"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(0)}, "string(6) \"0    |\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(1)}, "string(6) \"1    |\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(-1)}, "string(6) \"-1   |\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(42)}, "string(6) \"42   |\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(-42)}, "string(6) \"-42  |\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(255)}, "string(6) \"255  |\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(1000000)}, "string(8) \"1000000|\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(9223372036854775807)}, "string(20) \"9223372036854775807|\"\n"sv},
        {"sprintf", {Str("%-05d|"sv), Int(INT64_MIN)}, "string(21) \"-9223372036854775808|\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(0)}, "string(2) \"+0\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(1)}, "string(2) \"+1\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(-1)}, "string(2) \"-1\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(42)}, "string(3) \"+42\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(-42)}, "string(3) \"-42\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(255)}, "string(4) \"+255\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(1000000)}, "string(8) \"+1000000\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(9223372036854775807)}, "string(20) \"+9223372036854775807\"\n"sv},
        {"sprintf", {Str("%+d"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(0)}, "string(5) \"+0000\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(1)}, "string(5) \"+0001\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(-1)}, "string(5) \"-0001\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(42)}, "string(5) \"+0042\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(-42)}, "string(5) \"-0042\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(255)}, "string(5) \"+0255\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(1000000)}, "string(8) \"+1000000\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(9223372036854775807)}, "string(20) \"+9223372036854775807\"\n"sv},
        {"sprintf", {Str("%+05d"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(0)}, "string(5) \"    0\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(1)}, "string(5) \"    1\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(-1)}, "string(5) \"   -1\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(42)}, "string(5) \"   42\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(-42)}, "string(5) \"  -42\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(255)}, "string(5) \"  255\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("% 5d"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(-1)}, "string(20) \"18446744073709551615\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(42)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(-42)}, "string(20) \"18446744073709551574\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(255)}, "string(3) \"255\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%u"sv), Int(INT64_MIN)}, "string(19) \"9223372036854775808\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(0)}, "string(5) \"    0\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(1)}, "string(5) \"    1\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(-1)}, "string(20) \"18446744073709551615\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(42)}, "string(5) \"   42\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(-42)}, "string(20) \"18446744073709551574\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(255)}, "string(5) \"  255\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%5u"sv), Int(INT64_MIN)}, "string(19) \"9223372036854775808\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(0)}, "string(6) \"0    |\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(1)}, "string(6) \"1    |\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(-1)}, "string(21) \"18446744073709551615|\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(42)}, "string(6) \"42   |\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(-42)}, "string(21) \"18446744073709551574|\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(255)}, "string(6) \"255  |\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(1000000)}, "string(8) \"1000000|\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(9223372036854775807)}, "string(20) \"9223372036854775807|\"\n"sv},
        {"sprintf", {Str("%-05u|"sv), Int(INT64_MIN)}, "string(20) \"9223372036854775808|\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(-1)}, "string(16) \"ffffffffffffffff\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(42)}, "string(2) \"2a\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(-42)}, "string(16) \"ffffffffffffffd6\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(255)}, "string(2) \"ff\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(1000000)}, "string(5) \"f4240\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(9223372036854775807)}, "string(16) \"7fffffffffffffff\"\n"sv},
        {"sprintf", {Str("%x"sv), Int(INT64_MIN)}, "string(16) \"8000000000000000\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(-1)}, "string(16) \"FFFFFFFFFFFFFFFF\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(42)}, "string(2) \"2A\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(-42)}, "string(16) \"FFFFFFFFFFFFFFD6\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(255)}, "string(2) \"FF\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(1000000)}, "string(5) \"F4240\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(9223372036854775807)}, "string(16) \"7FFFFFFFFFFFFFFF\"\n"sv},
        {"sprintf", {Str("%X"sv), Int(INT64_MIN)}, "string(16) \"8000000000000000\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(-1)}, "string(22) \"1777777777777777777777\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(42)}, "string(2) \"52\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(-42)}, "string(22) \"1777777777777777777726\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(255)}, "string(3) \"377\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(1000000)}, "string(7) \"3641100\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(9223372036854775807)}, "string(21) \"777777777777777777777\"\n"sv},
        {"sprintf", {Str("%o"sv), Int(INT64_MIN)}, "string(22) \"1000000000000000000000\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(-1)}, "string(64) \"1111111111111111111111111111111111111111111111111111111111111111\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(42)}, "string(6) \"101010\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(-42)}, "string(64) \"1111111111111111111111111111111111111111111111111111111111010110\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(255)}, "string(8) \"11111111\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(1000000)}, "string(20) \"11110100001001000000\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(9223372036854775807)}, "string(63) \"111111111111111111111111111111111111111111111111111111111111111\"\n"sv},
        {"sprintf", {Str("%b"sv), Int(INT64_MIN)}, "string(64) \"1000000000000000000000000000000000000000000000000000000000000000\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(0)}, "string(8) \"00000000\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(1)}, "string(8) \"00000001\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(-1)}, "string(64) \"1111111111111111111111111111111111111111111111111111111111111111\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(42)}, "string(8) \"00101010\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(-42)}, "string(64) \"1111111111111111111111111111111111111111111111111111111111010110\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(255)}, "string(8) \"11111111\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(1000000)}, "string(20) \"11110100001001000000\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(9223372036854775807)}, "string(63) \"111111111111111111111111111111111111111111111111111111111111111\"\n"sv},
        {"sprintf", {Str("%08b"sv), Int(INT64_MIN)}, "string(64) \"1000000000000000000000000000000000000000000000000000000000000000\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(0)}, "string(9) \"00000000|\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(1)}, "string(9) \"10000000|\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(-1)}, "string(17) \"ffffffffffffffff|\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(42)}, "string(9) \"2a000000|\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(-42)}, "string(17) \"ffffffffffffffd6|\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(255)}, "string(9) \"ff000000|\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(1000000)}, "string(9) \"f4240000|\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(9223372036854775807)}, "string(17) \"7fffffffffffffff|\"\n"sv},
        {"sprintf", {Str("%-08x|"sv), Int(INT64_MIN)}, "string(17) \"8000000000000000|\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(0)}, "string(8) \"*******0\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(1)}, "string(8) \"*******1\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(-1)}, "string(8) \"******-1\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(42)}, "string(8) \"******42\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(-42)}, "string(8) \"*****-42\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(255)}, "string(8) \"*****255\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(1000000)}, "string(8) \"*1000000\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%'*8d"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(0)}, "string(9) \"0*******|\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(1)}, "string(9) \"1*******|\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(-1)}, "string(9) \"-1******|\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(42)}, "string(9) \"42******|\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(-42)}, "string(9) \"-42*****|\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(255)}, "string(9) \"255*****|\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(1000000)}, "string(9) \"1000000*|\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(9223372036854775807)}, "string(20) \"9223372036854775807|\"\n"sv},
        {"sprintf", {Str("%'*-8d|"sv), Int(INT64_MIN)}, "string(21) \"-9223372036854775808|\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(-1)}, "string(2) \"-1\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(42)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(-42)}, "string(3) \"-42\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(255)}, "string(3) \"255\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%.3d"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(0)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(1)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(-1)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(42)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(-42)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(255)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(1000000)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(9223372036854775807)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2x"sv), Int(INT64_MIN)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(0)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(1)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(-1)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(42)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(-42)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(255)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(1000000)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(9223372036854775807)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5.1x|"sv), Int(INT64_MIN)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(-1)}, "string(2) \"-1\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(42)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(-42)}, "string(3) \"-42\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(255)}, "string(3) \"255\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%ld"sv), Int(INT64_MIN)}, "string(20) \"-9223372036854775808\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(0)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(-1)}, "string(20) \"18446744073709551615\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(42)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(-42)}, "string(20) \"18446744073709551574\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(255)}, "string(3) \"255\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(1000000)}, "string(7) \"1000000\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(9223372036854775807)}, "string(19) \"9223372036854775807\"\n"sv},
        {"sprintf", {Str("%lu"sv), Int(INT64_MIN)}, "string(19) \"9223372036854775808\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("abc"sv)}, "string(3) \"abc\"\n"sv},
        {"sprintf", {Str("%s"sv), Str(""sv)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("hello world"sv)}, "string(11) \"hello world\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("\303\274x"sv)}, "string(3) \"\303\274x\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("a\000b"sv)}, "string(3) \"a\000b\"\n"sv},
        {"sprintf", {Str("%5s"sv), Str("abc"sv)}, "string(5) \"  abc\"\n"sv},
        {"sprintf", {Str("%5s"sv), Str(""sv)}, "string(5) \"     \"\n"sv},
        {"sprintf", {Str("%5s"sv), Str("hello world"sv)}, "string(11) \"hello world\"\n"sv},
        {"sprintf", {Str("%5s"sv), Str("\303\274x"sv)}, "string(5) \"  \303\274x\"\n"sv},
        {"sprintf", {Str("%5s"sv), Str("a\000b"sv)}, "string(5) \"  a\000b\"\n"sv},
        {"sprintf", {Str("%-5s|"sv), Str("abc"sv)}, "string(6) \"abc  |\"\n"sv},
        {"sprintf", {Str("%-5s|"sv), Str(""sv)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%-5s|"sv), Str("hello world"sv)}, "string(12) \"hello world|\"\n"sv},
        {"sprintf", {Str("%-5s|"sv), Str("\303\274x"sv)}, "string(6) \"\303\274x  |\"\n"sv},
        {"sprintf", {Str("%-5s|"sv), Str("a\000b"sv)}, "string(6) \"a\000b  |\"\n"sv},
        {"sprintf", {Str("%05s"sv), Str("abc"sv)}, "string(5) \"00abc\"\n"sv},
        {"sprintf", {Str("%05s"sv), Str(""sv)}, "string(5) \"00000\"\n"sv},
        {"sprintf", {Str("%05s"sv), Str("hello world"sv)}, "string(11) \"hello world\"\n"sv},
        {"sprintf", {Str("%05s"sv), Str("\303\274x"sv)}, "string(5) \"00\303\274x\"\n"sv},
        {"sprintf", {Str("%05s"sv), Str("a\000b"sv)}, "string(5) \"00a\000b\"\n"sv},
        {"sprintf", {Str("%.2s"sv), Str("abc"sv)}, "string(2) \"ab\"\n"sv},
        {"sprintf", {Str("%.2s"sv), Str(""sv)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.2s"sv), Str("hello world"sv)}, "string(2) \"he\"\n"sv},
        {"sprintf", {Str("%.2s"sv), Str("\303\274x"sv)}, "string(2) \"\303\274\"\n"sv},
        {"sprintf", {Str("%.2s"sv), Str("a\000b"sv)}, "string(2) \"a\000\"\n"sv},
        {"sprintf", {Str("%5.1s"sv), Str("abc"sv)}, "string(5) \"    a\"\n"sv},
        {"sprintf", {Str("%5.1s"sv), Str(""sv)}, "string(5) \"     \"\n"sv},
        {"sprintf", {Str("%5.1s"sv), Str("hello world"sv)}, "string(5) \"    h\"\n"sv},
        {"sprintf", {Str("%5.1s"sv), Str("\303\274x"sv)}, "string(5) \"    \303\"\n"sv},
        {"sprintf", {Str("%5.1s"sv), Str("a\000b"sv)}, "string(5) \"    a\"\n"sv},
        {"sprintf", {Str("%'#10s"sv), Str("abc"sv)}, "string(10) \"#######abc\"\n"sv},
        {"sprintf", {Str("%'#10s"sv), Str(""sv)}, "string(10) \"##########\"\n"sv},
        {"sprintf", {Str("%'#10s"sv), Str("hello world"sv)}, "string(11) \"hello world\"\n"sv},
        {"sprintf", {Str("%'#10s"sv), Str("\303\274x"sv)}, "string(10) \"#######\303\274x\"\n"sv},
        {"sprintf", {Str("%'#10s"sv), Str("a\000b"sv)}, "string(10) \"#######a\000b\"\n"sv},
        {"sprintf", {Str("%-'#10s|"sv), Str("abc"sv)}, "string(11) \"abc#######|\"\n"sv},
        {"sprintf", {Str("%-'#10s|"sv), Str(""sv)}, "string(11) \"##########|\"\n"sv},
        {"sprintf", {Str("%-'#10s|"sv), Str("hello world"sv)}, "string(12) \"hello world|\"\n"sv},
        {"sprintf", {Str("%-'#10s|"sv), Str("\303\274x"sv)}, "string(11) \"\303\274x#######|\"\n"sv},
        {"sprintf", {Str("%-'#10s|"sv), Str("a\000b"sv)}, "string(11) \"a\000b#######|\"\n"sv},
        {"sprintf", {Str("%.0s|"sv), Str("abc"sv)}, "string(1) \"|\"\n"sv},
        {"sprintf", {Str("%.0s|"sv), Str(""sv)}, "string(1) \"|\"\n"sv},
        {"sprintf", {Str("%.0s|"sv), Str("hello world"sv)}, "string(1) \"|\"\n"sv},
        {"sprintf", {Str("%.0s|"sv), Str("\303\274x"sv)}, "string(1) \"|\"\n"sv},
        {"sprintf", {Str("%.0s|"sv), Str("a\000b"sv)}, "string(1) \"|\"\n"sv},
        {"sprintf", {Str("%-10.3s|"sv), Str("abc"sv)}, "string(11) \"abc       |\"\n"sv},
        {"sprintf", {Str("%-10.3s|"sv), Str(""sv)}, "string(11) \"          |\"\n"sv},
        {"sprintf", {Str("%-10.3s|"sv), Str("hello world"sv)}, "string(11) \"hel       |\"\n"sv},
        {"sprintf", {Str("%-10.3s|"sv), Str("\303\274x"sv)}, "string(11) \"\303\274x       |\"\n"sv},
        {"sprintf", {Str("%-10.3s|"sv), Str("a\000b"sv)}, "string(11) \"a\000b       |\"\n"sv},
        {"sprintf", {Str("%+s"sv), Str("abc"sv)}, "string(3) \"abc\"\n"sv},
        {"sprintf", {Str("%+s"sv), Str(""sv)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%+s"sv), Str("hello world"sv)}, "string(11) \"hello world\"\n"sv},
        {"sprintf", {Str("%+s"sv), Str("\303\274x"sv)}, "string(3) \"\303\274x\"\n"sv},
        {"sprintf", {Str("%+s"sv), Str("a\000b"sv)}, "string(3) \"a\000b\"\n"sv},
        {"sprintf", {Str("%.10s"sv), Str("abc"sv)}, "string(3) \"abc\"\n"sv},
        {"sprintf", {Str("%.10s"sv), Str(""sv)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%.10s"sv), Str("hello world"sv)}, "string(10) \"hello worl\"\n"sv},
        {"sprintf", {Str("%.10s"sv), Str("\303\274x"sv)}, "string(3) \"\303\274x\"\n"sv},
        {"sprintf", {Str("%.10s"sv), Str("a\000b"sv)}, "string(3) \"a\000b\"\n"sv},
        {"sprintf", {Str("%f"sv), Dbl(0x0000000000000000ULL)}, "string(8) \"0.000000\"\n"sv}, // 0.0
        {"sprintf", {Str("%f"sv), Dbl(0x8000000000000000ULL)}, "string(8) \"0.000000\"\n"sv}, // -0.0
        {"sprintf", {Str("%f"sv), Dbl(0x3ff0000000000000ULL)}, "string(8) \"1.000000\"\n"sv}, // 1.0
        {"sprintf", {Str("%f"sv), Dbl(0xbff0000000000000ULL)}, "string(9) \"-1.000000\"\n"sv}, // -1.0
        {"sprintf", {Str("%f"sv), Dbl(0x3fe0000000000000ULL)}, "string(8) \"0.500000\"\n"sv}, // 0.5
        {"sprintf", {Str("%f"sv), Dbl(0x3ff8000000000000ULL)}, "string(8) \"1.500000\"\n"sv}, // 1.5
        {"sprintf", {Str("%f"sv), Dbl(0x4004000000000000ULL)}, "string(8) \"2.500000\"\n"sv}, // 2.5
        {"sprintf", {Str("%f"sv), Dbl(0xc004000000000000ULL)}, "string(9) \"-2.500000\"\n"sv}, // -2.5
        {"sprintf", {Str("%f"sv), Dbl(0x3fc0000000000000ULL)}, "string(8) \"0.125000\"\n"sv}, // 0.125
        {"sprintf", {Str("%f"sv), Dbl(0x3fd8000000000000ULL)}, "string(8) \"0.375000\"\n"sv}, // 0.375
        {"sprintf", {Str("%f"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(8) \"1.005000\"\n"sv}, // 1.005
        {"sprintf", {Str("%f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(11) \"1234.567800\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%f"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(12) \"-1234.567800\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%f"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(8) \"0.000010\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%f"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(8) \"0.000012\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%f"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(8) \"0.000123\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%f"sv), Dbl(0x430c6bf526340000ULL)}, "string(23) \"1000000000000000.000000\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%f"sv), Dbl(0x4341c37937e08000ULL)}, "string(24) \"10000000000000000.000000\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(28) \"100000000000000000000.000000\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%f"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(29) \"1000000000000000000000.000000\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%f"sv), Dbl(0x54b249ad2594c37dULL)}, "string(108) \"10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%f"sv), Dbl(0x7e37e43c8800759cULL)}, "string(308) \"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%f"sv), Dbl(0x7fefffffffffffffULL)}, "string(316) \"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%f"sv), Dbl(0x0000000000000001ULL)}, "string(8) \"0.000000\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%f"sv), Dbl(0x42dc12218377d440ULL)}, "string(22) \"123456789012305.000000\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%f"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(22) \"100000000000005.000000\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%f"sv), Dbl(0x3fb999999999999aULL)}, "string(8) \"0.100000\"\n"sv}, // 0.1
        {"sprintf", {Str("%f"sv), Dbl(0x3fe6666666666666ULL)}, "string(8) \"0.700000\"\n"sv}, // 0.7
        {"sprintf", {Str("%f"sv), Dbl(0x3fd5555555555555ULL)}, "string(8) \"0.333333\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%f"sv), Dbl(0x3fe5555555555555ULL)}, "string(8) \"0.666667\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%f"sv), Dbl(0x4023fffffca501adULL)}, "string(9) \"10.000000\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%f"sv), Dbl(0x4058e00000000000ULL)}, "string(9) \"99.500000\"\n"sv}, // 99.5
        {"sprintf", {Str("%f"sv), Dbl(0x412e847f00000000ULL)}, "string(13) \"999999.500000\"\n"sv}, // 999999.5
        {"sprintf", {Str("%f"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(8) \"0.000001\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%f"sv), Dbl(0x3eb92a737110e454ULL)}, "string(8) \"0.000002\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.2f"sv), Dbl(0x0000000000000000ULL)}, "string(4) \"0.00\"\n"sv}, // 0.0
        {"sprintf", {Str("%.2f"sv), Dbl(0x8000000000000000ULL)}, "string(4) \"0.00\"\n"sv}, // -0.0
        {"sprintf", {Str("%.2f"sv), Dbl(0x3ff0000000000000ULL)}, "string(4) \"1.00\"\n"sv}, // 1.0
        {"sprintf", {Str("%.2f"sv), Dbl(0xbff0000000000000ULL)}, "string(5) \"-1.00\"\n"sv}, // -1.0
        {"sprintf", {Str("%.2f"sv), Dbl(0x3fe0000000000000ULL)}, "string(4) \"0.50\"\n"sv}, // 0.5
        {"sprintf", {Str("%.2f"sv), Dbl(0x3ff8000000000000ULL)}, "string(4) \"1.50\"\n"sv}, // 1.5
        {"sprintf", {Str("%.2f"sv), Dbl(0x4004000000000000ULL)}, "string(4) \"2.50\"\n"sv}, // 2.5
        {"sprintf", {Str("%.2f"sv), Dbl(0xc004000000000000ULL)}, "string(5) \"-2.50\"\n"sv}, // -2.5
        {"sprintf", {Str("%.2f"sv), Dbl(0x3fc0000000000000ULL)}, "string(4) \"0.12\"\n"sv}, // 0.125
        {"sprintf", {Str("%.2f"sv), Dbl(0x3fd8000000000000ULL)}, "string(4) \"0.38\"\n"sv}, // 0.375
        {"sprintf", {Str("%.2f"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(4) \"1.00\"\n"sv}, // 1.005
        {"sprintf", {Str("%.2f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(7) \"1234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.2f"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(8) \"-1234.57\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%.2f"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(4) \"0.00\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%.2f"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(4) \"0.00\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%.2f"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(4) \"0.00\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%.2f"sv), Dbl(0x430c6bf526340000ULL)}, "string(19) \"1000000000000000.00\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%.2f"sv), Dbl(0x4341c37937e08000ULL)}, "string(20) \"10000000000000000.00\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%.2f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(24) \"100000000000000000000.00\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.2f"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(25) \"1000000000000000000000.00\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%.2f"sv), Dbl(0x54b249ad2594c37dULL)}, "string(104) \"10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%.2f"sv), Dbl(0x7e37e43c8800759cULL)}, "string(304) \"1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%.2f"sv), Dbl(0x7fefffffffffffffULL)}, "string(312) \"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%.2f"sv), Dbl(0x0000000000000001ULL)}, "string(4) \"0.00\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%.2f"sv), Dbl(0x42dc12218377d440ULL)}, "string(18) \"123456789012305.00\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%.2f"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(18) \"100000000000005.00\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%.2f"sv), Dbl(0x3fb999999999999aULL)}, "string(4) \"0.10\"\n"sv}, // 0.1
        {"sprintf", {Str("%.2f"sv), Dbl(0x3fe6666666666666ULL)}, "string(4) \"0.70\"\n"sv}, // 0.7
        {"sprintf", {Str("%.2f"sv), Dbl(0x3fd5555555555555ULL)}, "string(4) \"0.33\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%.2f"sv), Dbl(0x3fe5555555555555ULL)}, "string(4) \"0.67\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%.2f"sv), Dbl(0x4023fffffca501adULL)}, "string(5) \"10.00\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%.2f"sv), Dbl(0x4058e00000000000ULL)}, "string(5) \"99.50\"\n"sv}, // 99.5
        {"sprintf", {Str("%.2f"sv), Dbl(0x412e847f00000000ULL)}, "string(9) \"999999.50\"\n"sv}, // 999999.5
        {"sprintf", {Str("%.2f"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(4) \"0.00\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%.2f"sv), Dbl(0x3eb92a737110e454ULL)}, "string(4) \"0.00\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%.2f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.2f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.2f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%e"sv), Dbl(0x0000000000000000ULL)}, "string(11) \"0.000000e+0\"\n"sv}, // 0.0
        {"sprintf", {Str("%e"sv), Dbl(0x8000000000000000ULL)}, "string(11) \"0.000000e+0\"\n"sv}, // -0.0
        {"sprintf", {Str("%e"sv), Dbl(0x3ff0000000000000ULL)}, "string(11) \"1.000000e+0\"\n"sv}, // 1.0
        {"sprintf", {Str("%e"sv), Dbl(0xbff0000000000000ULL)}, "string(12) \"-1.000000e+0\"\n"sv}, // -1.0
        {"sprintf", {Str("%e"sv), Dbl(0x3fe0000000000000ULL)}, "string(11) \"5.000000e-1\"\n"sv}, // 0.5
        {"sprintf", {Str("%e"sv), Dbl(0x3ff8000000000000ULL)}, "string(11) \"1.500000e+0\"\n"sv}, // 1.5
        {"sprintf", {Str("%e"sv), Dbl(0x4004000000000000ULL)}, "string(11) \"2.500000e+0\"\n"sv}, // 2.5
        {"sprintf", {Str("%e"sv), Dbl(0xc004000000000000ULL)}, "string(12) \"-2.500000e+0\"\n"sv}, // -2.5
        {"sprintf", {Str("%e"sv), Dbl(0x3fc0000000000000ULL)}, "string(11) \"1.250000e-1\"\n"sv}, // 0.125
        {"sprintf", {Str("%e"sv), Dbl(0x3fd8000000000000ULL)}, "string(11) \"3.750000e-1\"\n"sv}, // 0.375
        {"sprintf", {Str("%e"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(11) \"1.005000e+0\"\n"sv}, // 1.005
        {"sprintf", {Str("%e"sv), Dbl(0x40934a456d5cfaadULL)}, "string(11) \"1.234568e+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%e"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(12) \"-1.234568e+3\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%e"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(11) \"1.000000e-5\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%e"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(11) \"1.234000e-5\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%e"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(11) \"1.234000e-4\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%e"sv), Dbl(0x430c6bf526340000ULL)}, "string(12) \"1.000000e+15\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%e"sv), Dbl(0x4341c37937e08000ULL)}, "string(12) \"1.000000e+16\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%e"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(12) \"1.000000e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%e"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(12) \"1.000000e+21\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%e"sv), Dbl(0x54b249ad2594c37dULL)}, "string(13) \"1.000000e+100\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%e"sv), Dbl(0x7e37e43c8800759cULL)}, "string(13) \"1.000000e+300\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%e"sv), Dbl(0x7fefffffffffffffULL)}, "string(13) \"1.797693e+308\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%e"sv), Dbl(0x0000000000000001ULL)}, "string(13) \"4.940656e-324\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%e"sv), Dbl(0x42dc12218377d440ULL)}, "string(12) \"1.234568e+14\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%e"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(12) \"1.000000e+14\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%e"sv), Dbl(0x3fb999999999999aULL)}, "string(11) \"1.000000e-1\"\n"sv}, // 0.1
        {"sprintf", {Str("%e"sv), Dbl(0x3fe6666666666666ULL)}, "string(11) \"7.000000e-1\"\n"sv}, // 0.7
        {"sprintf", {Str("%e"sv), Dbl(0x3fd5555555555555ULL)}, "string(11) \"3.333333e-1\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%e"sv), Dbl(0x3fe5555555555555ULL)}, "string(11) \"6.666667e-1\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%e"sv), Dbl(0x4023fffffca501adULL)}, "string(11) \"1.000000e+1\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%e"sv), Dbl(0x4058e00000000000ULL)}, "string(11) \"9.950000e+1\"\n"sv}, // 99.5
        {"sprintf", {Str("%e"sv), Dbl(0x412e847f00000000ULL)}, "string(11) \"9.999995e+5\"\n"sv}, // 999999.5
        {"sprintf", {Str("%e"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(11) \"1.000000e-6\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%e"sv), Dbl(0x3eb92a737110e454ULL)}, "string(11) \"1.500000e-6\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%e"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%e"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%e"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.3e"sv), Dbl(0x0000000000000000ULL)}, "string(8) \"0.000e+0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.3e"sv), Dbl(0x8000000000000000ULL)}, "string(8) \"0.000e+0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.3e"sv), Dbl(0x3ff0000000000000ULL)}, "string(8) \"1.000e+0\"\n"sv}, // 1.0
        {"sprintf", {Str("%.3e"sv), Dbl(0xbff0000000000000ULL)}, "string(9) \"-1.000e+0\"\n"sv}, // -1.0
        {"sprintf", {Str("%.3e"sv), Dbl(0x3fe0000000000000ULL)}, "string(8) \"5.000e-1\"\n"sv}, // 0.5
        {"sprintf", {Str("%.3e"sv), Dbl(0x3ff8000000000000ULL)}, "string(8) \"1.500e+0\"\n"sv}, // 1.5
        {"sprintf", {Str("%.3e"sv), Dbl(0x4004000000000000ULL)}, "string(8) \"2.500e+0\"\n"sv}, // 2.5
        {"sprintf", {Str("%.3e"sv), Dbl(0xc004000000000000ULL)}, "string(9) \"-2.500e+0\"\n"sv}, // -2.5
        {"sprintf", {Str("%.3e"sv), Dbl(0x3fc0000000000000ULL)}, "string(8) \"1.250e-1\"\n"sv}, // 0.125
        {"sprintf", {Str("%.3e"sv), Dbl(0x3fd8000000000000ULL)}, "string(8) \"3.750e-1\"\n"sv}, // 0.375
        {"sprintf", {Str("%.3e"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(8) \"1.005e+0\"\n"sv}, // 1.005
        {"sprintf", {Str("%.3e"sv), Dbl(0x40934a456d5cfaadULL)}, "string(8) \"1.235e+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.3e"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(9) \"-1.235e+3\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%.3e"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(8) \"1.000e-5\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%.3e"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(8) \"1.234e-5\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%.3e"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(8) \"1.234e-4\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%.3e"sv), Dbl(0x430c6bf526340000ULL)}, "string(9) \"1.000e+15\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%.3e"sv), Dbl(0x4341c37937e08000ULL)}, "string(9) \"1.000e+16\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%.3e"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(9) \"1.000e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.3e"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(9) \"1.000e+21\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%.3e"sv), Dbl(0x54b249ad2594c37dULL)}, "string(10) \"1.000e+100\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%.3e"sv), Dbl(0x7e37e43c8800759cULL)}, "string(10) \"1.000e+300\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%.3e"sv), Dbl(0x7fefffffffffffffULL)}, "string(10) \"1.798e+308\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%.3e"sv), Dbl(0x0000000000000001ULL)}, "string(10) \"4.941e-324\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%.3e"sv), Dbl(0x42dc12218377d440ULL)}, "string(9) \"1.235e+14\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%.3e"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(9) \"1.000e+14\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%.3e"sv), Dbl(0x3fb999999999999aULL)}, "string(8) \"1.000e-1\"\n"sv}, // 0.1
        {"sprintf", {Str("%.3e"sv), Dbl(0x3fe6666666666666ULL)}, "string(8) \"7.000e-1\"\n"sv}, // 0.7
        {"sprintf", {Str("%.3e"sv), Dbl(0x3fd5555555555555ULL)}, "string(8) \"3.333e-1\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%.3e"sv), Dbl(0x3fe5555555555555ULL)}, "string(8) \"6.667e-1\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%.3e"sv), Dbl(0x4023fffffca501adULL)}, "string(8) \"1.000e+1\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%.3e"sv), Dbl(0x4058e00000000000ULL)}, "string(8) \"9.950e+1\"\n"sv}, // 99.5
        {"sprintf", {Str("%.3e"sv), Dbl(0x412e847f00000000ULL)}, "string(8) \"1.000e+6\"\n"sv}, // 999999.5
        {"sprintf", {Str("%.3e"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(8) \"1.000e-6\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%.3e"sv), Dbl(0x3eb92a737110e454ULL)}, "string(8) \"1.500e-6\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%.3e"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.3e"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.3e"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%g"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%g"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%g"sv), Dbl(0x3ff0000000000000ULL)}, "string(1) \"1\"\n"sv}, // 1.0
        {"sprintf", {Str("%g"sv), Dbl(0xbff0000000000000ULL)}, "string(2) \"-1\"\n"sv}, // -1.0
        {"sprintf", {Str("%g"sv), Dbl(0x3fe0000000000000ULL)}, "string(3) \"0.5\"\n"sv}, // 0.5
        {"sprintf", {Str("%g"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%g"sv), Dbl(0x4004000000000000ULL)}, "string(3) \"2.5\"\n"sv}, // 2.5
        {"sprintf", {Str("%g"sv), Dbl(0xc004000000000000ULL)}, "string(4) \"-2.5\"\n"sv}, // -2.5
        {"sprintf", {Str("%g"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%g"sv), Dbl(0x3fd8000000000000ULL)}, "string(5) \"0.375\"\n"sv}, // 0.375
        {"sprintf", {Str("%g"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(5) \"1.005\"\n"sv}, // 1.005
        {"sprintf", {Str("%g"sv), Dbl(0x40934a456d5cfaadULL)}, "string(7) \"1234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%g"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(8) \"-1234.57\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%g"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(6) \"1.0e-5\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%g"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(8) \"1.234e-5\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%g"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(9) \"0.0001234\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%g"sv), Dbl(0x430c6bf526340000ULL)}, "string(7) \"1.0e+15\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%g"sv), Dbl(0x4341c37937e08000ULL)}, "string(7) \"1.0e+16\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%g"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%g"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(7) \"1.0e+21\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%g"sv), Dbl(0x54b249ad2594c37dULL)}, "string(8) \"1.0e+100\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%g"sv), Dbl(0x7e37e43c8800759cULL)}, "string(8) \"1.0e+300\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%g"sv), Dbl(0x7fefffffffffffffULL)}, "string(12) \"1.79769e+308\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%g"sv), Dbl(0x0000000000000001ULL)}, "string(12) \"4.94066e-324\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%g"sv), Dbl(0x42dc12218377d440ULL)}, "string(11) \"1.23457e+14\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%g"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(7) \"1.0e+14\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%g"sv), Dbl(0x3fb999999999999aULL)}, "string(3) \"0.1\"\n"sv}, // 0.1
        {"sprintf", {Str("%g"sv), Dbl(0x3fe6666666666666ULL)}, "string(3) \"0.7\"\n"sv}, // 0.7
        {"sprintf", {Str("%g"sv), Dbl(0x3fd5555555555555ULL)}, "string(8) \"0.333333\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%g"sv), Dbl(0x3fe5555555555555ULL)}, "string(8) \"0.666667\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%g"sv), Dbl(0x4023fffffca501adULL)}, "string(2) \"10\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%g"sv), Dbl(0x4058e00000000000ULL)}, "string(4) \"99.5\"\n"sv}, // 99.5
        {"sprintf", {Str("%g"sv), Dbl(0x412e847f00000000ULL)}, "string(6) \"1.0e+6\"\n"sv}, // 999999.5
        {"sprintf", {Str("%g"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(6) \"1.0e-6\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%g"sv), Dbl(0x3eb92a737110e454ULL)}, "string(6) \"1.5e-6\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.3g"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.3g"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.3g"sv), Dbl(0x3ff0000000000000ULL)}, "string(1) \"1\"\n"sv}, // 1.0
        {"sprintf", {Str("%.3g"sv), Dbl(0xbff0000000000000ULL)}, "string(2) \"-1\"\n"sv}, // -1.0
        {"sprintf", {Str("%.3g"sv), Dbl(0x3fe0000000000000ULL)}, "string(3) \"0.5\"\n"sv}, // 0.5
        {"sprintf", {Str("%.3g"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%.3g"sv), Dbl(0x4004000000000000ULL)}, "string(3) \"2.5\"\n"sv}, // 2.5
        {"sprintf", {Str("%.3g"sv), Dbl(0xc004000000000000ULL)}, "string(4) \"-2.5\"\n"sv}, // -2.5
        {"sprintf", {Str("%.3g"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%.3g"sv), Dbl(0x3fd8000000000000ULL)}, "string(5) \"0.375\"\n"sv}, // 0.375
        {"sprintf", {Str("%.3g"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(1) \"1\"\n"sv}, // 1.005
        {"sprintf", {Str("%.3g"sv), Dbl(0x40934a456d5cfaadULL)}, "string(7) \"1.23e+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.3g"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(8) \"-1.23e+3\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%.3g"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(6) \"1.0e-5\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%.3g"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(7) \"1.23e-5\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%.3g"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(8) \"0.000123\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%.3g"sv), Dbl(0x430c6bf526340000ULL)}, "string(7) \"1.0e+15\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%.3g"sv), Dbl(0x4341c37937e08000ULL)}, "string(7) \"1.0e+16\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%.3g"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.3g"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(7) \"1.0e+21\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%.3g"sv), Dbl(0x54b249ad2594c37dULL)}, "string(8) \"1.0e+100\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%.3g"sv), Dbl(0x7e37e43c8800759cULL)}, "string(8) \"1.0e+300\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%.3g"sv), Dbl(0x7fefffffffffffffULL)}, "string(8) \"1.8e+308\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%.3g"sv), Dbl(0x0000000000000001ULL)}, "string(9) \"4.94e-324\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%.3g"sv), Dbl(0x42dc12218377d440ULL)}, "string(8) \"1.23e+14\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%.3g"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(7) \"1.0e+14\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%.3g"sv), Dbl(0x3fb999999999999aULL)}, "string(3) \"0.1\"\n"sv}, // 0.1
        {"sprintf", {Str("%.3g"sv), Dbl(0x3fe6666666666666ULL)}, "string(3) \"0.7\"\n"sv}, // 0.7
        {"sprintf", {Str("%.3g"sv), Dbl(0x3fd5555555555555ULL)}, "string(5) \"0.333\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%.3g"sv), Dbl(0x3fe5555555555555ULL)}, "string(5) \"0.667\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%.3g"sv), Dbl(0x4023fffffca501adULL)}, "string(2) \"10\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%.3g"sv), Dbl(0x4058e00000000000ULL)}, "string(4) \"99.5\"\n"sv}, // 99.5
        {"sprintf", {Str("%.3g"sv), Dbl(0x412e847f00000000ULL)}, "string(6) \"1.0e+6\"\n"sv}, // 999999.5
        {"sprintf", {Str("%.3g"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(6) \"1.0e-6\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%.3g"sv), Dbl(0x3eb92a737110e454ULL)}, "string(6) \"1.5e-6\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%.3g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.3g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.3g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%G"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%G"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%G"sv), Dbl(0x3ff0000000000000ULL)}, "string(1) \"1\"\n"sv}, // 1.0
        {"sprintf", {Str("%G"sv), Dbl(0xbff0000000000000ULL)}, "string(2) \"-1\"\n"sv}, // -1.0
        {"sprintf", {Str("%G"sv), Dbl(0x3fe0000000000000ULL)}, "string(3) \"0.5\"\n"sv}, // 0.5
        {"sprintf", {Str("%G"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%G"sv), Dbl(0x4004000000000000ULL)}, "string(3) \"2.5\"\n"sv}, // 2.5
        {"sprintf", {Str("%G"sv), Dbl(0xc004000000000000ULL)}, "string(4) \"-2.5\"\n"sv}, // -2.5
        {"sprintf", {Str("%G"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%G"sv), Dbl(0x3fd8000000000000ULL)}, "string(5) \"0.375\"\n"sv}, // 0.375
        {"sprintf", {Str("%G"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(5) \"1.005\"\n"sv}, // 1.005
        {"sprintf", {Str("%G"sv), Dbl(0x40934a456d5cfaadULL)}, "string(7) \"1234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%G"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(8) \"-1234.57\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%G"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(6) \"1.0E-5\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%G"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(8) \"1.234E-5\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%G"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(9) \"0.0001234\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%G"sv), Dbl(0x430c6bf526340000ULL)}, "string(7) \"1.0E+15\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%G"sv), Dbl(0x4341c37937e08000ULL)}, "string(7) \"1.0E+16\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%G"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0E+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%G"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(7) \"1.0E+21\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%G"sv), Dbl(0x54b249ad2594c37dULL)}, "string(8) \"1.0E+100\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%G"sv), Dbl(0x7e37e43c8800759cULL)}, "string(8) \"1.0E+300\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%G"sv), Dbl(0x7fefffffffffffffULL)}, "string(12) \"1.79769E+308\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%G"sv), Dbl(0x0000000000000001ULL)}, "string(12) \"4.94066E-324\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%G"sv), Dbl(0x42dc12218377d440ULL)}, "string(11) \"1.23457E+14\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%G"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(7) \"1.0E+14\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%G"sv), Dbl(0x3fb999999999999aULL)}, "string(3) \"0.1\"\n"sv}, // 0.1
        {"sprintf", {Str("%G"sv), Dbl(0x3fe6666666666666ULL)}, "string(3) \"0.7\"\n"sv}, // 0.7
        {"sprintf", {Str("%G"sv), Dbl(0x3fd5555555555555ULL)}, "string(8) \"0.333333\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%G"sv), Dbl(0x3fe5555555555555ULL)}, "string(8) \"0.666667\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%G"sv), Dbl(0x4023fffffca501adULL)}, "string(2) \"10\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%G"sv), Dbl(0x4058e00000000000ULL)}, "string(4) \"99.5\"\n"sv}, // 99.5
        {"sprintf", {Str("%G"sv), Dbl(0x412e847f00000000ULL)}, "string(6) \"1.0E+6\"\n"sv}, // 999999.5
        {"sprintf", {Str("%G"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(6) \"1.0E-6\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%G"sv), Dbl(0x3eb92a737110e454ULL)}, "string(6) \"1.5E-6\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%G"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%G"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%G"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.15g"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.15g"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.15g"sv), Dbl(0x3ff0000000000000ULL)}, "string(1) \"1\"\n"sv}, // 1.0
        {"sprintf", {Str("%.15g"sv), Dbl(0xbff0000000000000ULL)}, "string(2) \"-1\"\n"sv}, // -1.0
        {"sprintf", {Str("%.15g"sv), Dbl(0x3fe0000000000000ULL)}, "string(3) \"0.5\"\n"sv}, // 0.5
        {"sprintf", {Str("%.15g"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%.15g"sv), Dbl(0x4004000000000000ULL)}, "string(3) \"2.5\"\n"sv}, // 2.5
        {"sprintf", {Str("%.15g"sv), Dbl(0xc004000000000000ULL)}, "string(4) \"-2.5\"\n"sv}, // -2.5
        {"sprintf", {Str("%.15g"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%.15g"sv), Dbl(0x3fd8000000000000ULL)}, "string(5) \"0.375\"\n"sv}, // 0.375
        {"sprintf", {Str("%.15g"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(5) \"1.005\"\n"sv}, // 1.005
        {"sprintf", {Str("%.15g"sv), Dbl(0x40934a456d5cfaadULL)}, "string(9) \"1234.5678\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.15g"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(10) \"-1234.5678\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%.15g"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(6) \"1.0e-5\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%.15g"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(8) \"1.234e-5\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%.15g"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(9) \"0.0001234\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%.15g"sv), Dbl(0x430c6bf526340000ULL)}, "string(7) \"1.0e+15\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%.15g"sv), Dbl(0x4341c37937e08000ULL)}, "string(7) \"1.0e+16\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%.15g"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.15g"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(7) \"1.0e+21\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%.15g"sv), Dbl(0x54b249ad2594c37dULL)}, "string(8) \"1.0e+100\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%.15g"sv), Dbl(0x7e37e43c8800759cULL)}, "string(8) \"1.0e+300\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%.15g"sv), Dbl(0x7fefffffffffffffULL)}, "string(21) \"1.79769313486232e+308\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%.15g"sv), Dbl(0x0000000000000001ULL)}, "string(21) \"4.94065645841247e-324\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%.15g"sv), Dbl(0x42dc12218377d440ULL)}, "string(15) \"123456789012305\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%.15g"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(15) \"100000000000005\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%.15g"sv), Dbl(0x3fb999999999999aULL)}, "string(3) \"0.1\"\n"sv}, // 0.1
        {"sprintf", {Str("%.15g"sv), Dbl(0x3fe6666666666666ULL)}, "string(3) \"0.7\"\n"sv}, // 0.7
        {"sprintf", {Str("%.15g"sv), Dbl(0x3fd5555555555555ULL)}, "string(17) \"0.333333333333333\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%.15g"sv), Dbl(0x3fe5555555555555ULL)}, "string(17) \"0.666666666666667\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%.15g"sv), Dbl(0x4023fffffca501adULL)}, "string(9) \"9.9999999\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%.15g"sv), Dbl(0x4058e00000000000ULL)}, "string(4) \"99.5\"\n"sv}, // 99.5
        {"sprintf", {Str("%.15g"sv), Dbl(0x412e847f00000000ULL)}, "string(8) \"999999.5\"\n"sv}, // 999999.5
        {"sprintf", {Str("%.15g"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(6) \"1.0e-6\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%.15g"sv), Dbl(0x3eb92a737110e454ULL)}, "string(6) \"1.5e-6\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%.15g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.15g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.15g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.17g"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.17g"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.17g"sv), Dbl(0x3ff0000000000000ULL)}, "string(1) \"1\"\n"sv}, // 1.0
        {"sprintf", {Str("%.17g"sv), Dbl(0xbff0000000000000ULL)}, "string(2) \"-1\"\n"sv}, // -1.0
        {"sprintf", {Str("%.17g"sv), Dbl(0x3fe0000000000000ULL)}, "string(3) \"0.5\"\n"sv}, // 0.5
        {"sprintf", {Str("%.17g"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%.17g"sv), Dbl(0x4004000000000000ULL)}, "string(3) \"2.5\"\n"sv}, // 2.5
        {"sprintf", {Str("%.17g"sv), Dbl(0xc004000000000000ULL)}, "string(4) \"-2.5\"\n"sv}, // -2.5
        {"sprintf", {Str("%.17g"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%.17g"sv), Dbl(0x3fd8000000000000ULL)}, "string(5) \"0.375\"\n"sv}, // 0.375
        {"sprintf", {Str("%.17g"sv), Dbl(0x3ff0147ae147ae14ULL)}, "string(18) \"1.0049999999999999\"\n"sv}, // 1.005
        {"sprintf", {Str("%.17g"sv), Dbl(0x40934a456d5cfaadULL)}, "string(9) \"1234.5678\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.17g"sv), Dbl(0xc0934a456d5cfaadULL)}, "string(10) \"-1234.5678\"\n"sv}, // -1234.5678
        {"sprintf", {Str("%.17g"sv), Dbl(0x3ee4f8b588e368f1ULL)}, "string(21) \"1.0000000000000001e-5\"\n"sv}, // 1.0E-5
        {"sprintf", {Str("%.17g"sv), Dbl(0x3ee9e0fcaf9380fcULL)}, "string(8) \"1.234e-5\"\n"sv}, // 1.234E-5
        {"sprintf", {Str("%.17g"sv), Dbl(0x3f202c9dedbc309dULL)}, "string(22) \"0.00012339999999999999\"\n"sv}, // 0.0001234
        {"sprintf", {Str("%.17g"sv), Dbl(0x430c6bf526340000ULL)}, "string(16) \"1000000000000000\"\n"sv}, // 1000000000000000.0
        {"sprintf", {Str("%.17g"sv), Dbl(0x4341c37937e08000ULL)}, "string(17) \"10000000000000000\"\n"sv}, // 10000000000000000.0
        {"sprintf", {Str("%.17g"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.17g"sv), Dbl(0x444b1ae4d6e2ef50ULL)}, "string(7) \"1.0e+21\"\n"sv}, // 1.0E+21
        {"sprintf", {Str("%.17g"sv), Dbl(0x54b249ad2594c37dULL)}, "string(8) \"1.0e+100\"\n"sv}, // 1.0E+100
        {"sprintf", {Str("%.17g"sv), Dbl(0x7e37e43c8800759cULL)}, "string(23) \"1.0000000000000001e+300\"\n"sv}, // 1.0E+300
        {"sprintf", {Str("%.17g"sv), Dbl(0x7fefffffffffffffULL)}, "string(23) \"1.7976931348623157e+308\"\n"sv}, // 1.7976931348623157E+308
        {"sprintf", {Str("%.17g"sv), Dbl(0x0000000000000001ULL)}, "string(23) \"4.9406564584124654e-324\"\n"sv}, // 5.0E-324
        {"sprintf", {Str("%.17g"sv), Dbl(0x42dc12218377d440ULL)}, "string(15) \"123456789012305\"\n"sv}, // 123456789012305.0
        {"sprintf", {Str("%.17g"sv), Dbl(0x42d6bcc41e900140ULL)}, "string(15) \"100000000000005\"\n"sv}, // 100000000000005.0
        {"sprintf", {Str("%.17g"sv), Dbl(0x3fb999999999999aULL)}, "string(19) \"0.10000000000000001\"\n"sv}, // 0.1
        {"sprintf", {Str("%.17g"sv), Dbl(0x3fe6666666666666ULL)}, "string(19) \"0.69999999999999996\"\n"sv}, // 0.7
        {"sprintf", {Str("%.17g"sv), Dbl(0x3fd5555555555555ULL)}, "string(19) \"0.33333333333333331\"\n"sv}, // 0.3333333333333333
        {"sprintf", {Str("%.17g"sv), Dbl(0x3fe5555555555555ULL)}, "string(19) \"0.66666666666666663\"\n"sv}, // 0.6666666666666666
        {"sprintf", {Str("%.17g"sv), Dbl(0x4023fffffca501adULL)}, "string(18) \"9.9999999000000006\"\n"sv}, // 9.9999999
        {"sprintf", {Str("%.17g"sv), Dbl(0x4058e00000000000ULL)}, "string(4) \"99.5\"\n"sv}, // 99.5
        {"sprintf", {Str("%.17g"sv), Dbl(0x412e847f00000000ULL)}, "string(8) \"999999.5\"\n"sv}, // 999999.5
        {"sprintf", {Str("%.17g"sv), Dbl(0x3eb0c6f7a0b5ed8dULL)}, "string(21) \"9.9999999999999995e-7\"\n"sv}, // 1.0E-6
        {"sprintf", {Str("%.17g"sv), Dbl(0x3eb92a737110e454ULL)}, "string(6) \"1.5e-6\"\n"sv}, // 1.5E-6
        {"sprintf", {Str("%.17g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.17g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.17g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.0f"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.0f"sv), Dbl(0x8000000000000000ULL)}, "string(1) \"0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.0f"sv), Dbl(0x3ff8000000000000ULL)}, "string(1) \"2\"\n"sv}, // 1.5
        {"sprintf", {Str("%.0f"sv), Dbl(0xbff8000000000000ULL)}, "string(2) \"-2\"\n"sv}, // -1.5
        {"sprintf", {Str("%.0f"sv), Dbl(0x3fc0000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.125
        {"sprintf", {Str("%.0f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(4) \"1235\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.0f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(2) \"-0\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.0f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(21) \"100000000000000000000\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.0f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(1) \"0\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.0f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.0f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.0f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.1f"sv), Dbl(0x0000000000000000ULL)}, "string(3) \"0.0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.1f"sv), Dbl(0x8000000000000000ULL)}, "string(3) \"0.0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.1f"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%.1f"sv), Dbl(0xbff8000000000000ULL)}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"sprintf", {Str("%.1f"sv), Dbl(0x3fc0000000000000ULL)}, "string(3) \"0.1\"\n"sv}, // 0.125
        {"sprintf", {Str("%.1f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(6) \"1234.6\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.1f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(4) \"-0.0\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.1f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(23) \"100000000000000000000.0\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.1f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(3) \"0.0\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.1f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.1f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.1f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.15f"sv), Dbl(0x0000000000000000ULL)}, "string(17) \"0.000000000000000\"\n"sv}, // 0.0
        {"sprintf", {Str("%.15f"sv), Dbl(0x8000000000000000ULL)}, "string(17) \"0.000000000000000\"\n"sv}, // -0.0
        {"sprintf", {Str("%.15f"sv), Dbl(0x3ff8000000000000ULL)}, "string(17) \"1.500000000000000\"\n"sv}, // 1.5
        {"sprintf", {Str("%.15f"sv), Dbl(0xbff8000000000000ULL)}, "string(18) \"-1.500000000000000\"\n"sv}, // -1.5
        {"sprintf", {Str("%.15f"sv), Dbl(0x3fc0000000000000ULL)}, "string(17) \"0.125000000000000\"\n"sv}, // 0.125
        {"sprintf", {Str("%.15f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(20) \"1234.567800000000034\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.15f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(18) \"-0.001234000000000\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.15f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(37) \"100000000000000000000.000000000000000\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.15f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(17) \"0.000000000100000\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.15f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.15f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.15f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%F"sv), Dbl(0x0000000000000000ULL)}, "string(8) \"0.000000\"\n"sv}, // 0.0
        {"sprintf", {Str("%F"sv), Dbl(0x8000000000000000ULL)}, "string(8) \"0.000000\"\n"sv}, // -0.0
        {"sprintf", {Str("%F"sv), Dbl(0x3ff8000000000000ULL)}, "string(8) \"1.500000\"\n"sv}, // 1.5
        {"sprintf", {Str("%F"sv), Dbl(0xbff8000000000000ULL)}, "string(9) \"-1.500000\"\n"sv}, // -1.5
        {"sprintf", {Str("%F"sv), Dbl(0x3fc0000000000000ULL)}, "string(8) \"0.125000\"\n"sv}, // 0.125
        {"sprintf", {Str("%F"sv), Dbl(0x40934a456d5cfaadULL)}, "string(11) \"1234.567800\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%F"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(9) \"-0.001234\"\n"sv}, // -0.001234
        {"sprintf", {Str("%F"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(28) \"100000000000000000000.000000\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%F"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(8) \"0.000000\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%F"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%F"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%F"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.0e"sv), Dbl(0x0000000000000000ULL)}, "string(4) \"0e+0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.0e"sv), Dbl(0x8000000000000000ULL)}, "string(4) \"0e+0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.0e"sv), Dbl(0x3ff8000000000000ULL)}, "string(4) \"2e+0\"\n"sv}, // 1.5
        {"sprintf", {Str("%.0e"sv), Dbl(0xbff8000000000000ULL)}, "string(5) \"-2e+0\"\n"sv}, // -1.5
        {"sprintf", {Str("%.0e"sv), Dbl(0x3fc0000000000000ULL)}, "string(4) \"1e-1\"\n"sv}, // 0.125
        {"sprintf", {Str("%.0e"sv), Dbl(0x40934a456d5cfaadULL)}, "string(4) \"1e+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.0e"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(5) \"-1e-3\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.0e"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(5) \"1e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.0e"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(5) \"1e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.0e"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.0e"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.0e"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%E"sv), Dbl(0x0000000000000000ULL)}, "string(11) \"0.000000E+0\"\n"sv}, // 0.0
        {"sprintf", {Str("%E"sv), Dbl(0x8000000000000000ULL)}, "string(11) \"0.000000E+0\"\n"sv}, // -0.0
        {"sprintf", {Str("%E"sv), Dbl(0x3ff8000000000000ULL)}, "string(11) \"1.500000E+0\"\n"sv}, // 1.5
        {"sprintf", {Str("%E"sv), Dbl(0xbff8000000000000ULL)}, "string(12) \"-1.500000E+0\"\n"sv}, // -1.5
        {"sprintf", {Str("%E"sv), Dbl(0x3fc0000000000000ULL)}, "string(11) \"1.250000E-1\"\n"sv}, // 0.125
        {"sprintf", {Str("%E"sv), Dbl(0x40934a456d5cfaadULL)}, "string(11) \"1.234568E+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%E"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(12) \"-1.234000E-3\"\n"sv}, // -0.001234
        {"sprintf", {Str("%E"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(12) \"1.000000E+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%E"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(12) \"1.000000E-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%E"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%E"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%E"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.0g"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.0g"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.0g"sv), Dbl(0x3ff8000000000000ULL)}, "string(1) \"2\"\n"sv}, // 1.5
        {"sprintf", {Str("%.0g"sv), Dbl(0xbff8000000000000ULL)}, "string(2) \"-2\"\n"sv}, // -1.5
        {"sprintf", {Str("%.0g"sv), Dbl(0x3fc0000000000000ULL)}, "string(3) \"0.1\"\n"sv}, // 0.125
        {"sprintf", {Str("%.0g"sv), Dbl(0x40934a456d5cfaadULL)}, "string(6) \"1.0e+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.0g"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(6) \"-0.001\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.0g"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.0g"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(7) \"1.0e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.0g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.0g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.0g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.10g"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.10g"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.10g"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%.10g"sv), Dbl(0xbff8000000000000ULL)}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"sprintf", {Str("%.10g"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%.10g"sv), Dbl(0x40934a456d5cfaadULL)}, "string(9) \"1234.5678\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.10g"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(9) \"-0.001234\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.10g"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.10g"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(7) \"1.0e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.10g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.10g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.10g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%h"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%h"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%h"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%h"sv), Dbl(0xbff8000000000000ULL)}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"sprintf", {Str("%h"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%h"sv), Dbl(0x40934a456d5cfaadULL)}, "string(7) \"1234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%h"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(9) \"-0.001234\"\n"sv}, // -0.001234
        {"sprintf", {Str("%h"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%h"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(7) \"1.0e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%h"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%h"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%h"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%H"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%H"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%H"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%H"sv), Dbl(0xbff8000000000000ULL)}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"sprintf", {Str("%H"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%H"sv), Dbl(0x40934a456d5cfaadULL)}, "string(7) \"1234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%H"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(9) \"-0.001234\"\n"sv}, // -0.001234
        {"sprintf", {Str("%H"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0E+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%H"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(7) \"1.0E-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%H"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%H"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%H"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.3h"sv), Dbl(0x0000000000000000ULL)}, "string(1) \"0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.3h"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.3h"sv), Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%.3h"sv), Dbl(0xbff8000000000000ULL)}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"sprintf", {Str("%.3h"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%.3h"sv), Dbl(0x40934a456d5cfaadULL)}, "string(7) \"1.23e+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.3h"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(8) \"-0.00123\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.3h"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.3h"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(7) \"1.0e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.3h"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.3h"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.3h"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x0000000000000000ULL)}, "string(11) \"     0.000|\"\n"sv}, // 0.0
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x8000000000000000ULL)}, "string(11) \"     0.000|\"\n"sv}, // -0.0
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x3ff8000000000000ULL)}, "string(11) \"     1.500|\"\n"sv}, // 1.5
        {"sprintf", {Str("%10.3f|"sv), Dbl(0xbff8000000000000ULL)}, "string(11) \"    -1.500|\"\n"sv}, // -1.5
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x3fc0000000000000ULL)}, "string(11) \"     0.125|\"\n"sv}, // 0.125
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x40934a456d5cfaadULL)}, "string(11) \"  1234.568|\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%10.3f|"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(11) \"    -0.001|\"\n"sv}, // -0.001234
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(26) \"100000000000000000000.000|\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(11) \"     0.000|\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%10.3f|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // -INF
        {"sprintf", {Str("%10.3f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x0000000000000000ULL)}, "string(11) \"0.000     |\"\n"sv}, // 0.0
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x8000000000000000ULL)}, "string(11) \"0.000     |\"\n"sv}, // -0.0
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x3ff8000000000000ULL)}, "string(11) \"1.500     |\"\n"sv}, // 1.5
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0xbff8000000000000ULL)}, "string(11) \"-1.500    |\"\n"sv}, // -1.5
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x3fc0000000000000ULL)}, "string(11) \"0.125     |\"\n"sv}, // 0.125
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x40934a456d5cfaadULL)}, "string(11) \"1234.568  |\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(11) \"-0.001    |\"\n"sv}, // -0.001234
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(26) \"100000000000000000000.000|\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(11) \"0.000     |\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // -INF
        {"sprintf", {Str("%-10.3f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%010.3f"sv), Dbl(0x0000000000000000ULL)}, "string(10) \"000000.000\"\n"sv}, // 0.0
        {"sprintf", {Str("%010.3f"sv), Dbl(0x8000000000000000ULL)}, "string(10) \"000000.000\"\n"sv}, // -0.0
        {"sprintf", {Str("%010.3f"sv), Dbl(0x3ff8000000000000ULL)}, "string(10) \"000001.500\"\n"sv}, // 1.5
        {"sprintf", {Str("%010.3f"sv), Dbl(0xbff8000000000000ULL)}, "string(10) \"-00001.500\"\n"sv}, // -1.5
        {"sprintf", {Str("%010.3f"sv), Dbl(0x3fc0000000000000ULL)}, "string(10) \"000000.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%010.3f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(10) \"001234.568\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%010.3f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(10) \"-00000.001\"\n"sv}, // -0.001234
        {"sprintf", {Str("%010.3f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(25) \"100000000000000000000.000\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%010.3f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(10) \"000000.000\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%010.3f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%010.3f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"-NF\"\n"sv}, // -INF
        {"sprintf", {Str("%010.3f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x0000000000000000ULL)}, "string(11) \"0.00000000|\"\n"sv}, // 0.0
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x8000000000000000ULL)}, "string(11) \"0.00000000|\"\n"sv}, // -0.0
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x3ff8000000000000ULL)}, "string(11) \"1.50000000|\"\n"sv}, // 1.5
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0xbff8000000000000ULL)}, "string(11) \"-1.5000000|\"\n"sv}, // -1.5
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x3fc0000000000000ULL)}, "string(11) \"0.12500000|\"\n"sv}, // 0.125
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x40934a456d5cfaadULL)}, "string(11) \"1234.56800|\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(11) \"-0.0010000|\"\n"sv}, // -0.001234
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(26) \"100000000000000000000.000|\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(11) \"0.00000000|\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // -INF
        {"sprintf", {Str("%-010.3f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%+.2f"sv), Dbl(0x0000000000000000ULL)}, "string(5) \"+0.00\"\n"sv}, // 0.0
        {"sprintf", {Str("%+.2f"sv), Dbl(0x8000000000000000ULL)}, "string(5) \"+0.00\"\n"sv}, // -0.0
        {"sprintf", {Str("%+.2f"sv), Dbl(0x3ff8000000000000ULL)}, "string(5) \"+1.50\"\n"sv}, // 1.5
        {"sprintf", {Str("%+.2f"sv), Dbl(0xbff8000000000000ULL)}, "string(5) \"-1.50\"\n"sv}, // -1.5
        {"sprintf", {Str("%+.2f"sv), Dbl(0x3fc0000000000000ULL)}, "string(5) \"+0.12\"\n"sv}, // 0.125
        {"sprintf", {Str("%+.2f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(8) \"+1234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%+.2f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(5) \"-0.00\"\n"sv}, // -0.001234
        {"sprintf", {Str("%+.2f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(25) \"+100000000000000000000.00\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%+.2f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(5) \"+0.00\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%+.2f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%+.2f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%+.2f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x0000000000000000ULL)}, "string(10) \"+000000.00\"\n"sv}, // 0.0
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x8000000000000000ULL)}, "string(10) \"+000000.00\"\n"sv}, // -0.0
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x3ff8000000000000ULL)}, "string(10) \"+000001.50\"\n"sv}, // 1.5
        {"sprintf", {Str("%+010.2f"sv), Dbl(0xbff8000000000000ULL)}, "string(10) \"-000001.50\"\n"sv}, // -1.5
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x3fc0000000000000ULL)}, "string(10) \"+000000.12\"\n"sv}, // 0.125
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(10) \"+001234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%+010.2f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(10) \"-000000.00\"\n"sv}, // -0.001234
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(25) \"+100000000000000000000.00\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(10) \"+000000.00\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"+NF\"\n"sv}, // INF
        {"sprintf", {Str("%+010.2f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"-NF\"\n"sv}, // -INF
        {"sprintf", {Str("%+010.2f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"+aN\"\n"sv}, // NAN
        {"sprintf", {Str("%+e"sv), Dbl(0x0000000000000000ULL)}, "string(12) \"+0.000000e+0\"\n"sv}, // 0.0
        {"sprintf", {Str("%+e"sv), Dbl(0x8000000000000000ULL)}, "string(12) \"+0.000000e+0\"\n"sv}, // -0.0
        {"sprintf", {Str("%+e"sv), Dbl(0x3ff8000000000000ULL)}, "string(12) \"+1.500000e+0\"\n"sv}, // 1.5
        {"sprintf", {Str("%+e"sv), Dbl(0xbff8000000000000ULL)}, "string(12) \"-1.500000e+0\"\n"sv}, // -1.5
        {"sprintf", {Str("%+e"sv), Dbl(0x3fc0000000000000ULL)}, "string(12) \"+1.250000e-1\"\n"sv}, // 0.125
        {"sprintf", {Str("%+e"sv), Dbl(0x40934a456d5cfaadULL)}, "string(12) \"+1.234568e+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%+e"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(12) \"-1.234000e-3\"\n"sv}, // -0.001234
        {"sprintf", {Str("%+e"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(13) \"+1.000000e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%+e"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(13) \"+1.000000e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%+e"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%+e"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%+e"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("% f"sv), Dbl(0x0000000000000000ULL)}, "string(8) \"0.000000\"\n"sv}, // 0.0
        {"sprintf", {Str("% f"sv), Dbl(0x8000000000000000ULL)}, "string(8) \"0.000000\"\n"sv}, // -0.0
        {"sprintf", {Str("% f"sv), Dbl(0x3ff8000000000000ULL)}, "string(8) \"1.500000\"\n"sv}, // 1.5
        {"sprintf", {Str("% f"sv), Dbl(0xbff8000000000000ULL)}, "string(9) \"-1.500000\"\n"sv}, // -1.5
        {"sprintf", {Str("% f"sv), Dbl(0x3fc0000000000000ULL)}, "string(8) \"0.125000\"\n"sv}, // 0.125
        {"sprintf", {Str("% f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(11) \"1234.567800\"\n"sv}, // 1234.5678
        {"sprintf", {Str("% f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(9) \"-0.001234\"\n"sv}, // -0.001234
        {"sprintf", {Str("% f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(28) \"100000000000000000000.000000\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("% f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(8) \"0.000000\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("% f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("% f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("% f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x0000000000000000ULL)}, "string(12) \"xxxxxxxx0.00\"\n"sv}, // 0.0
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x8000000000000000ULL)}, "string(12) \"xxxxxxxx0.00\"\n"sv}, // -0.0
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x3ff8000000000000ULL)}, "string(12) \"xxxxxxxx1.50\"\n"sv}, // 1.5
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0xbff8000000000000ULL)}, "string(12) \"xxxxxxx-1.50\"\n"sv}, // -1.5
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x3fc0000000000000ULL)}, "string(12) \"xxxxxxxx0.12\"\n"sv}, // 0.125
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(12) \"xxxxx1234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(12) \"xxxxxxx-0.00\"\n"sv}, // -0.001234
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(24) \"100000000000000000000.00\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(12) \"xxxxxxxx0.00\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%'x12.2f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%+g"sv), Dbl(0x0000000000000000ULL)}, "string(2) \"+0\"\n"sv}, // 0.0
        {"sprintf", {Str("%+g"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%+g"sv), Dbl(0x3ff8000000000000ULL)}, "string(4) \"+1.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%+g"sv), Dbl(0xbff8000000000000ULL)}, "string(4) \"-1.5\"\n"sv}, // -1.5
        {"sprintf", {Str("%+g"sv), Dbl(0x3fc0000000000000ULL)}, "string(6) \"+0.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%+g"sv), Dbl(0x40934a456d5cfaadULL)}, "string(8) \"+1234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%+g"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(9) \"-0.001234\"\n"sv}, // -0.001234
        {"sprintf", {Str("%+g"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(8) \"+1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%+g"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(8) \"+1.0e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%+g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%+g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%+g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%012g"sv), Dbl(0x0000000000000000ULL)}, "string(12) \"000000000000\"\n"sv}, // 0.0
        {"sprintf", {Str("%012g"sv), Dbl(0x8000000000000000ULL)}, "string(12) \"-00000000000\"\n"sv}, // -0.0
        {"sprintf", {Str("%012g"sv), Dbl(0x3ff8000000000000ULL)}, "string(12) \"0000000001.5\"\n"sv}, // 1.5
        {"sprintf", {Str("%012g"sv), Dbl(0xbff8000000000000ULL)}, "string(12) \"-000000001.5\"\n"sv}, // -1.5
        {"sprintf", {Str("%012g"sv), Dbl(0x3fc0000000000000ULL)}, "string(12) \"00000000.125\"\n"sv}, // 0.125
        {"sprintf", {Str("%012g"sv), Dbl(0x40934a456d5cfaadULL)}, "string(12) \"000001234.57\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%012g"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(12) \"-0000.001234\"\n"sv}, // -0.001234
        {"sprintf", {Str("%012g"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(12) \"000001.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%012g"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(12) \"000001.0e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%012g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%012g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"-NF\"\n"sv}, // -INF
        {"sprintf", {Str("%012g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%-12g|"sv), Dbl(0x0000000000000000ULL)}, "string(13) \"0           |\"\n"sv}, // 0.0
        {"sprintf", {Str("%-12g|"sv), Dbl(0x8000000000000000ULL)}, "string(13) \"-0          |\"\n"sv}, // -0.0
        {"sprintf", {Str("%-12g|"sv), Dbl(0x3ff8000000000000ULL)}, "string(13) \"1.5         |\"\n"sv}, // 1.5
        {"sprintf", {Str("%-12g|"sv), Dbl(0xbff8000000000000ULL)}, "string(13) \"-1.5        |\"\n"sv}, // -1.5
        {"sprintf", {Str("%-12g|"sv), Dbl(0x3fc0000000000000ULL)}, "string(13) \"0.125       |\"\n"sv}, // 0.125
        {"sprintf", {Str("%-12g|"sv), Dbl(0x40934a456d5cfaadULL)}, "string(13) \"1234.57     |\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%-12g|"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(13) \"-0.001234   |\"\n"sv}, // -0.001234
        {"sprintf", {Str("%-12g|"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(13) \"1.0e+20     |\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%-12g|"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(13) \"1.0e-10     |\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%-12g|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%-12g|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // -INF
        {"sprintf", {Str("%-12g|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%.20f"sv), Dbl(0x0000000000000000ULL)}, "string(22) \"0.00000000000000000000\"\n"sv}, // 0.0
        {"sprintf", {Str("%.20f"sv), Dbl(0x8000000000000000ULL)}, "string(22) \"0.00000000000000000000\"\n"sv}, // -0.0
        {"sprintf", {Str("%.20f"sv), Dbl(0x3ff8000000000000ULL)}, "string(22) \"1.50000000000000000000\"\n"sv}, // 1.5
        {"sprintf", {Str("%.20f"sv), Dbl(0xbff8000000000000ULL)}, "string(23) \"-1.50000000000000000000\"\n"sv}, // -1.5
        {"sprintf", {Str("%.20f"sv), Dbl(0x3fc0000000000000ULL)}, "string(22) \"0.12500000000000000000\"\n"sv}, // 0.125
        {"sprintf", {Str("%.20f"sv), Dbl(0x40934a456d5cfaadULL)}, "string(25) \"1234.56780000000003383320\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.20f"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(23) \"-0.00123400000000000007\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.20f"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(42) \"100000000000000000000.00000000000000000000\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.20f"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(22) \"0.00000000010000000000\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.20f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.20f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.20f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.30e"sv), Dbl(0x0000000000000000ULL)}, "string(35) \"0.000000000000000000000000000000e+0\"\n"sv}, // 0.0
        {"sprintf", {Str("%.30e"sv), Dbl(0x8000000000000000ULL)}, "string(35) \"0.000000000000000000000000000000e+0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.30e"sv), Dbl(0x3ff8000000000000ULL)}, "string(35) \"1.500000000000000000000000000000e+0\"\n"sv}, // 1.5
        {"sprintf", {Str("%.30e"sv), Dbl(0xbff8000000000000ULL)}, "string(36) \"-1.500000000000000000000000000000e+0\"\n"sv}, // -1.5
        {"sprintf", {Str("%.30e"sv), Dbl(0x3fc0000000000000ULL)}, "string(35) \"1.250000000000000000000000000000e-1\"\n"sv}, // 0.125
        {"sprintf", {Str("%.30e"sv), Dbl(0x40934a456d5cfaadULL)}, "string(35) \"1.234567800000000033833202905953e+3\"\n"sv}, // 1234.5678
        {"sprintf", {Str("%.30e"sv), Dbl(0xbf5437c5692b3cc5ULL)}, "string(36) \"-1.234000000000000070790595607662e-3\"\n"sv}, // -0.001234
        {"sprintf", {Str("%.30e"sv), Dbl(0x4415af1d78b58c40ULL)}, "string(36) \"1.000000000000000000000000000000e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.30e"sv), Dbl(0x3ddb7cdfd9d7bdbbULL)}, "string(36) \"1.000000000000000036432197315498e-10\"\n"sv}, // 1.0E-10
        {"sprintf", {Str("%.30e"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.30e"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%.30e"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%10f|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%10f|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // -INF
        {"sprintf", {Str("%10f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%10f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%-10f|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%-10f|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // -INF
        {"sprintf", {Str("%-10f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%-10f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%010f|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%010f|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"-NF|\"\n"sv}, // -INF
        {"sprintf", {Str("%010f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%010f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%+f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%+f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%+f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%+f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%+010f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"+NF\"\n"sv}, // INF
        {"sprintf", {Str("%+010f"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"-NF\"\n"sv}, // -INF
        {"sprintf", {Str("%+010f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"+aN\"\n"sv}, // NAN
        {"sprintf", {Str("%+010f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"+aN\"\n"sv}, // NAN
        {"sprintf", {Str("%-010f|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%-010f|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // -INF
        {"sprintf", {Str("%-010f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%-010f|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%e"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%e"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%e"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%e"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%g"sv), Dbl(0xfff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // -INF
        {"sprintf", {Str("%g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%5.2e|"sv), Dbl(0x7ff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // INF
        {"sprintf", {Str("%5.2e|"sv), Dbl(0xfff0000000000000ULL)}, "string(4) \"INF|\"\n"sv}, // -INF
        {"sprintf", {Str("%5.2e|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%5.2e|"sv), Dbl(0x7ff8000000000000ULL)}, "string(4) \"NaN|\"\n"sv}, // NAN
        {"sprintf", {Str("%d"sv), Str("12abc"sv)}, "string(2) \"12\"\n"sv},
        {"sprintf", {Str("%d"sv), Str("abc"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%d"sv), Str("  42"sv)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Str("%d"sv), Str("1e3"sv)}, "string(4) \"1000\"\n"sv},
        {"sprintf", {Str("%d"sv), Str("0x1A"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%d"sv), Dbl(0x3ffe666666666666ULL)}, "string(1) \"1\"\n"sv}, // 1.9
        {"sprintf", {Str("%d"sv), Dbl(0xbffe666666666666ULL)}, "string(2) \"-1\"\n"sv}, // -1.9
        {"sprintf", {Str("%d"sv), Dbl(0x46293e5939a08ceaULL)}, "string(19) \"5076964154930102272\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%d"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(20) \"-5076964154930102272\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%d"sv), Dbl(0x7ff8000000000000ULL)}, "string(1) \"0\"\n"sv}, // NAN
        {"sprintf", {Str("%d"sv), Dbl(0x7ff0000000000000ULL)}, "string(1) \"0\"\n"sv}, // INF
        {"sprintf", {Str("%d"sv), Tru()}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%d"sv), Fal()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%d"sv), Nul()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%d"sv), Str(""sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%d"sv), Str("3.99"sv)}, "string(1) \"3\"\n"sv},
        {"sprintf", {Str("%d"sv), Dbl(0x3fd3333333333334ULL)}, "string(1) \"0\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%d"sv), Dbl(0x45208b2a2c280291ULL)}, "string(19) \"1590897979265384448\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%d"sv), Dbl(0x8000000000000000ULL)}, "string(1) \"0\"\n"sv}, // -0.0
        {"sprintf", {Str("%d"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(1) \"0\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%u"sv), Str("12abc"sv)}, "string(2) \"12\"\n"sv},
        {"sprintf", {Str("%u"sv), Str("abc"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%u"sv), Str("  42"sv)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Str("%u"sv), Str("1e3"sv)}, "string(4) \"1000\"\n"sv},
        {"sprintf", {Str("%u"sv), Str("0x1A"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%u"sv), Dbl(0x3ffe666666666666ULL)}, "string(1) \"1\"\n"sv}, // 1.9
        {"sprintf", {Str("%u"sv), Dbl(0xbffe666666666666ULL)}, "string(20) \"18446744073709551615\"\n"sv}, // -1.9
        {"sprintf", {Str("%u"sv), Dbl(0x46293e5939a08ceaULL)}, "string(19) \"5076964154930102272\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%u"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(20) \"13369779918779449344\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%u"sv), Dbl(0x7ff8000000000000ULL)}, "string(1) \"0\"\n"sv}, // NAN
        {"sprintf", {Str("%u"sv), Dbl(0x7ff0000000000000ULL)}, "string(1) \"0\"\n"sv}, // INF
        {"sprintf", {Str("%u"sv), Tru()}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%u"sv), Fal()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%u"sv), Nul()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%u"sv), Str(""sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%u"sv), Str("3.99"sv)}, "string(1) \"3\"\n"sv},
        {"sprintf", {Str("%u"sv), Dbl(0x3fd3333333333334ULL)}, "string(1) \"0\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%u"sv), Dbl(0x45208b2a2c280291ULL)}, "string(19) \"1590897979265384448\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%u"sv), Dbl(0x8000000000000000ULL)}, "string(1) \"0\"\n"sv}, // -0.0
        {"sprintf", {Str("%u"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(1) \"0\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%x"sv), Str("12abc"sv)}, "string(1) \"c\"\n"sv},
        {"sprintf", {Str("%x"sv), Str("abc"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%x"sv), Str("  42"sv)}, "string(2) \"2a\"\n"sv},
        {"sprintf", {Str("%x"sv), Str("1e3"sv)}, "string(3) \"3e8\"\n"sv},
        {"sprintf", {Str("%x"sv), Str("0x1A"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%x"sv), Dbl(0x3ffe666666666666ULL)}, "string(1) \"1\"\n"sv}, // 1.9
        {"sprintf", {Str("%x"sv), Dbl(0xbffe666666666666ULL)}, "string(16) \"ffffffffffffffff\"\n"sv}, // -1.9
        {"sprintf", {Str("%x"sv), Dbl(0x46293e5939a08ceaULL)}, "string(16) \"4675000000000000\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%x"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(16) \"b98b000000000000\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%x"sv), Dbl(0x7ff8000000000000ULL)}, "string(1) \"0\"\n"sv}, // NAN
        {"sprintf", {Str("%x"sv), Dbl(0x7ff0000000000000ULL)}, "string(1) \"0\"\n"sv}, // INF
        {"sprintf", {Str("%x"sv), Tru()}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%x"sv), Fal()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%x"sv), Nul()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%x"sv), Str(""sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%x"sv), Str("3.99"sv)}, "string(1) \"3\"\n"sv},
        {"sprintf", {Str("%x"sv), Dbl(0x3fd3333333333334ULL)}, "string(1) \"0\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%x"sv), Dbl(0x45208b2a2c280291ULL)}, "string(16) \"1614014880000000\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%x"sv), Dbl(0x8000000000000000ULL)}, "string(1) \"0\"\n"sv}, // -0.0
        {"sprintf", {Str("%x"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(1) \"0\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%c"sv), Str("12abc"sv)}, "string(1) \"\014\"\n"sv},
        {"sprintf", {Str("%c"sv), Str("abc"sv)}, "string(1) \"\000\"\n"sv},
        {"sprintf", {Str("%c"sv), Str("  42"sv)}, "string(1) \"*\"\n"sv},
        {"sprintf", {Str("%c"sv), Str("1e3"sv)}, "string(1) \"\350\"\n"sv},
        {"sprintf", {Str("%c"sv), Str("0x1A"sv)}, "string(1) \"\000\"\n"sv},
        {"sprintf", {Str("%c"sv), Dbl(0x3ffe666666666666ULL)}, "string(1) \"\001\"\n"sv}, // 1.9
        {"sprintf", {Str("%c"sv), Dbl(0xbffe666666666666ULL)}, "string(1) \"\377\"\n"sv}, // -1.9
        {"sprintf", {Str("%c"sv), Dbl(0x46293e5939a08ceaULL)}, "string(1) \"\000\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%c"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(1) \"\000\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%c"sv), Dbl(0x7ff8000000000000ULL)}, "string(1) \"\000\"\n"sv}, // NAN
        {"sprintf", {Str("%c"sv), Dbl(0x7ff0000000000000ULL)}, "string(1) \"\000\"\n"sv}, // INF
        {"sprintf", {Str("%c"sv), Tru()}, "string(1) \"\001\"\n"sv},
        {"sprintf", {Str("%c"sv), Fal()}, "string(1) \"\000\"\n"sv},
        {"sprintf", {Str("%c"sv), Nul()}, "string(1) \"\000\"\n"sv},
        {"sprintf", {Str("%c"sv), Str(""sv)}, "string(1) \"\000\"\n"sv},
        {"sprintf", {Str("%c"sv), Str("3.99"sv)}, "string(1) \"\003\"\n"sv},
        {"sprintf", {Str("%c"sv), Dbl(0x3fd3333333333334ULL)}, "string(1) \"\000\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%c"sv), Dbl(0x45208b2a2c280291ULL)}, "string(1) \"\000\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%c"sv), Dbl(0x8000000000000000ULL)}, "string(1) \"\000\"\n"sv}, // -0.0
        {"sprintf", {Str("%c"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(1) \"\000\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%f"sv), Str("12abc"sv)}, "string(9) \"12.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Str("abc"sv)}, "string(8) \"0.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Str("  42"sv)}, "string(9) \"42.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Str("1e3"sv)}, "string(11) \"1000.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Str("0x1A"sv)}, "string(8) \"0.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Dbl(0x3ffe666666666666ULL)}, "string(8) \"1.900000\"\n"sv}, // 1.9
        {"sprintf", {Str("%f"sv), Dbl(0xbffe666666666666ULL)}, "string(9) \"-1.900000\"\n"sv}, // -1.9
        {"sprintf", {Str("%f"sv), Dbl(0x46293e5939a08ceaULL)}, "string(38) \"1000000000000000019884624838656.000000\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%f"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(39) \"-1000000000000000019884624838656.000000\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%f"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%f"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%f"sv), Tru()}, "string(8) \"1.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Fal()}, "string(8) \"0.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Nul()}, "string(8) \"0.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Str(""sv)}, "string(8) \"0.000000\"\n"sv},
        {"sprintf", {Str("%f"sv), Str("3.99"sv)}, "string(8) \"3.990000\"\n"sv},
        {"sprintf", {Str("%f"sv), Dbl(0x3fd3333333333334ULL)}, "string(8) \"0.300000\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%f"sv), Dbl(0x45208b2a2c280291ULL)}, "string(33) \"10000000000000000905969664.000000\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%f"sv), Dbl(0x8000000000000000ULL)}, "string(8) \"0.000000\"\n"sv}, // -0.0
        {"sprintf", {Str("%f"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(8) \"0.000000\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%.2e"sv), Str("12abc"sv)}, "string(7) \"1.20e+1\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Str("abc"sv)}, "string(7) \"0.00e+0\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Str("  42"sv)}, "string(7) \"4.20e+1\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Str("1e3"sv)}, "string(7) \"1.00e+3\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Str("0x1A"sv)}, "string(7) \"0.00e+0\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Dbl(0x3ffe666666666666ULL)}, "string(7) \"1.90e+0\"\n"sv}, // 1.9
        {"sprintf", {Str("%.2e"sv), Dbl(0xbffe666666666666ULL)}, "string(8) \"-1.90e+0\"\n"sv}, // -1.9
        {"sprintf", {Str("%.2e"sv), Dbl(0x46293e5939a08ceaULL)}, "string(8) \"1.00e+30\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%.2e"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(9) \"-1.00e+30\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%.2e"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%.2e"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%.2e"sv), Tru()}, "string(7) \"1.00e+0\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Fal()}, "string(7) \"0.00e+0\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Nul()}, "string(7) \"0.00e+0\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Str(""sv)}, "string(7) \"0.00e+0\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Str("3.99"sv)}, "string(7) \"3.99e+0\"\n"sv},
        {"sprintf", {Str("%.2e"sv), Dbl(0x3fd3333333333334ULL)}, "string(7) \"3.00e-1\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%.2e"sv), Dbl(0x45208b2a2c280291ULL)}, "string(8) \"1.00e+25\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%.2e"sv), Dbl(0x8000000000000000ULL)}, "string(7) \"0.00e+0\"\n"sv}, // -0.0
        {"sprintf", {Str("%.2e"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(8) \"7.00e-10\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%g"sv), Str("12abc"sv)}, "string(2) \"12\"\n"sv},
        {"sprintf", {Str("%g"sv), Str("abc"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%g"sv), Str("  42"sv)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Str("%g"sv), Str("1e3"sv)}, "string(4) \"1000\"\n"sv},
        {"sprintf", {Str("%g"sv), Str("0x1A"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%g"sv), Dbl(0x3ffe666666666666ULL)}, "string(3) \"1.9\"\n"sv}, // 1.9
        {"sprintf", {Str("%g"sv), Dbl(0xbffe666666666666ULL)}, "string(4) \"-1.9\"\n"sv}, // -1.9
        {"sprintf", {Str("%g"sv), Dbl(0x46293e5939a08ceaULL)}, "string(7) \"1.0e+30\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%g"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(8) \"-1.0e+30\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%g"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NaN\"\n"sv}, // NAN
        {"sprintf", {Str("%g"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%g"sv), Tru()}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%g"sv), Fal()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%g"sv), Nul()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%g"sv), Str(""sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%g"sv), Str("3.99"sv)}, "string(4) \"3.99\"\n"sv},
        {"sprintf", {Str("%g"sv), Dbl(0x3fd3333333333334ULL)}, "string(3) \"0.3\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%g"sv), Dbl(0x45208b2a2c280291ULL)}, "string(7) \"1.0e+25\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%g"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%g"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(7) \"7.0e-10\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%s"sv), Str("12abc"sv)}, "string(5) \"12abc\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("abc"sv)}, "string(3) \"abc\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("  42"sv)}, "string(4) \"  42\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("1e3"sv)}, "string(3) \"1e3\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("0x1A"sv)}, "string(4) \"0x1A\"\n"sv},
        {"sprintf", {Str("%s"sv), Dbl(0x3ffe666666666666ULL)}, "string(3) \"1.9\"\n"sv}, // 1.9
        {"sprintf", {Str("%s"sv), Dbl(0xbffe666666666666ULL)}, "string(4) \"-1.9\"\n"sv}, // -1.9
        {"sprintf", {Str("%s"sv), Dbl(0x46293e5939a08ceaULL)}, "string(7) \"1.0E+30\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%s"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(8) \"-1.0E+30\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%s"sv), Dbl(0x7ff8000000000000ULL)}, "string(3) \"NAN\"\n"sv}, // NAN
        {"sprintf", {Str("%s"sv), Dbl(0x7ff0000000000000ULL)}, "string(3) \"INF\"\n"sv}, // INF
        {"sprintf", {Str("%s"sv), Tru()}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%s"sv), Fal()}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%s"sv), Nul()}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%s"sv), Str(""sv)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("%s"sv), Str("3.99"sv)}, "string(4) \"3.99\"\n"sv},
        {"sprintf", {Str("%s"sv), Dbl(0x3fd3333333333334ULL)}, "string(3) \"0.3\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%s"sv), Dbl(0x45208b2a2c280291ULL)}, "string(7) \"1.0E+25\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%s"sv), Dbl(0x8000000000000000ULL)}, "string(2) \"-0\"\n"sv}, // -0.0
        {"sprintf", {Str("%s"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(7) \"7.0E-10\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%5s|"sv), Str("12abc"sv)}, "string(6) \"12abc|\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Str("abc"sv)}, "string(6) \"  abc|\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Str("  42"sv)}, "string(6) \"   42|\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Str("1e3"sv)}, "string(6) \"  1e3|\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Str("0x1A"sv)}, "string(6) \" 0x1A|\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Dbl(0x3ffe666666666666ULL)}, "string(6) \"  1.9|\"\n"sv}, // 1.9
        {"sprintf", {Str("%5s|"sv), Dbl(0xbffe666666666666ULL)}, "string(6) \" -1.9|\"\n"sv}, // -1.9
        {"sprintf", {Str("%5s|"sv), Dbl(0x46293e5939a08ceaULL)}, "string(8) \"1.0E+30|\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%5s|"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(9) \"-1.0E+30|\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%5s|"sv), Dbl(0x7ff8000000000000ULL)}, "string(6) \"  NAN|\"\n"sv}, // NAN
        {"sprintf", {Str("%5s|"sv), Dbl(0x7ff0000000000000ULL)}, "string(6) \"  INF|\"\n"sv}, // INF
        {"sprintf", {Str("%5s|"sv), Tru()}, "string(6) \"    1|\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Fal()}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Nul()}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Str(""sv)}, "string(6) \"     |\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Str("3.99"sv)}, "string(6) \" 3.99|\"\n"sv},
        {"sprintf", {Str("%5s|"sv), Dbl(0x3fd3333333333334ULL)}, "string(6) \"  0.3|\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%5s|"sv), Dbl(0x45208b2a2c280291ULL)}, "string(8) \"1.0E+25|\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%5s|"sv), Dbl(0x8000000000000000ULL)}, "string(6) \"   -0|\"\n"sv}, // -0.0
        {"sprintf", {Str("%5s|"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(8) \"7.0E-10|\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("%b"sv), Str("12abc"sv)}, "string(4) \"1100\"\n"sv},
        {"sprintf", {Str("%b"sv), Str("abc"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%b"sv), Str("  42"sv)}, "string(6) \"101010\"\n"sv},
        {"sprintf", {Str("%b"sv), Str("1e3"sv)}, "string(10) \"1111101000\"\n"sv},
        {"sprintf", {Str("%b"sv), Str("0x1A"sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%b"sv), Dbl(0x3ffe666666666666ULL)}, "string(1) \"1\"\n"sv}, // 1.9
        {"sprintf", {Str("%b"sv), Dbl(0xbffe666666666666ULL)}, "string(64) \"1111111111111111111111111111111111111111111111111111111111111111\"\n"sv}, // -1.9
        {"sprintf", {Str("%b"sv), Dbl(0x46293e5939a08ceaULL)}, "string(63) \"100011001110101000000000000000000000000000000000000000000000000\"\n"sv}, // 1.0E+30
        {"sprintf", {Str("%b"sv), Dbl(0xc6293e5939a08ceaULL)}, "string(64) \"1011100110001011000000000000000000000000000000000000000000000000\"\n"sv}, // -1.0E+30
        {"sprintf", {Str("%b"sv), Dbl(0x7ff8000000000000ULL)}, "string(1) \"0\"\n"sv}, // NAN
        {"sprintf", {Str("%b"sv), Dbl(0x7ff0000000000000ULL)}, "string(1) \"0\"\n"sv}, // INF
        {"sprintf", {Str("%b"sv), Tru()}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%b"sv), Fal()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%b"sv), Nul()}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%b"sv), Str(""sv)}, "string(1) \"0\"\n"sv},
        {"sprintf", {Str("%b"sv), Str("3.99"sv)}, "string(2) \"11\"\n"sv},
        {"sprintf", {Str("%b"sv), Dbl(0x3fd3333333333334ULL)}, "string(1) \"0\"\n"sv}, // 0.30000000000000004
        {"sprintf", {Str("%b"sv), Dbl(0x45208b2a2c280291ULL)}, "string(61) \"1011000010100000000010100100010000000000000000000000000000000\"\n"sv}, // 1.0E+25
        {"sprintf", {Str("%b"sv), Dbl(0x8000000000000000ULL)}, "string(1) \"0\"\n"sv}, // -0.0
        {"sprintf", {Str("%b"sv), Dbl(0x3e080d43de9cc603ULL)}, "string(1) \"0\"\n"sv}, // 7.0E-10
        {"sprintf", {Str("[%c]"sv), Int(65)}, "string(3) \"[A]\"\n"sv},
        {"sprintf", {Str("[%c]"sv), Int(97)}, "string(3) \"[a]\"\n"sv},
        {"sprintf", {Str("[%c]"sv), Int(0)}, "string(3) \"[\000]\"\n"sv},
        {"sprintf", {Str("[%c]"sv), Int(255)}, "string(3) \"[\377]\"\n"sv},
        {"sprintf", {Str("[%c]"sv), Int(256)}, "string(3) \"[\000]\"\n"sv},
        {"sprintf", {Str("[%c]"sv), Int(321)}, "string(3) \"[A]\"\n"sv},
        {"sprintf", {Str("[%c]"sv), Int(-1)}, "string(3) \"[\377]\"\n"sv},
        {"sprintf", {Str("[%c]"sv), Str("66"sv)}, "string(3) \"[B]\"\n"sv},
        {"sprintf", {Str("[%c]"sv), Dbl(0x4050b9999999999aULL)}, "string(3) \"[B]\"\n"sv}, // 66.9
        {"sprintf", {Str("[%5c]"sv), Int(65)}, "string(3) \"[A]\"\n"sv},
        {"sprintf", {Str("[%-5c]"sv), Int(65)}, "string(3) \"[A]\"\n"sv},
        {"sprintf", {Str(""sv), Str("x"sv), Str("y"sv), Str("z"sv)}, "string(0) \"\"\n"sv},
        {"sprintf", {Str("plain"sv), Str("x"sv), Str("y"sv), Str("z"sv)}, "string(5) \"plain\"\n"sv},
        {"sprintf", {Str("%%"sv), Str("x"sv), Str("y"sv), Str("z"sv)}, "string(1) \"%\"\n"sv},
        {"sprintf", {Str("100%%"sv), Str("x"sv), Str("y"sv), Str("z"sv)}, "string(4) \"100%\"\n"sv},
        {"sprintf", {Str("%%d"sv), Str("x"sv), Str("y"sv), Str("z"sv)}, "string(2) \"%d\"\n"sv},
        {"sprintf", {Str("a%%b%%c"sv), Str("x"sv), Str("y"sv), Str("z"sv)}, "string(5) \"a%b%c\"\n"sv},
        {"sprintf", {Str("line\n%s\n"sv), Str("x"sv), Str("y"sv), Str("z"sv)}, "string(7) \"line\nx\n\"\n"sv},
        {"sprintf", {Str("%s%s%s"sv), Str("x"sv), Str("y"sv), Str("z"sv)}, "string(3) \"xyz\"\n"sv},
        {"sprintf", {Str("%2$s %1$s"sv), Str("a"sv), Str("b"sv)}, "string(3) \"b a\"\n"sv},
        {"sprintf", {Str("%1$s %1$s %1$s"sv), Str("a"sv)}, "string(5) \"a a a\"\n"sv},
        {"sprintf", {Str("%1$s %s %s"sv), Str("a"sv), Str("b"sv)}, "string(5) \"a a b\"\n"sv},
        {"sprintf", {Str("%2$s %s %s"sv), Str("a"sv), Str("b"sv)}, "string(5) \"b a b\"\n"sv},
        {"sprintf", {Str("%3$s"sv), Str("a"sv), Str("b"sv)}, "ArgumentCountError: 4 arguments are required, 3 given\n"sv},
        {"sprintf", {Str("%0$s"sv), Str("a"sv)}, "ValueError: Argument number specifier must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%1$'x10d"sv), Int(42)}, "string(10) \"xxxxxxxx42\"\n"sv},
        {"sprintf", {Str("%1$-5d|%1$05d"sv), Int(42)}, "string(11) \"42   |00042\"\n"sv},
        {"sprintf", {Str("%1$+.2f"sv), Dbl(0x400921f9f01b866eULL)}, "string(5) \"+3.14\"\n"sv}, // 3.14159
        {"sprintf", {Str("%$s"sv), Str("a"sv)}, "ValueError: Argument number specifier must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%1$"sv), Str("a"sv)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%2147483647$s"sv), Str("a"sv)}, "ValueError: Argument number specifier must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%2147483646$s"sv), Str("a"sv)}, "ArgumentCountError: 2147483647 arguments are required, 2 given\n"sv},
        {"sprintf", {Str("%10$s"sv), Str("a"sv)}, "ArgumentCountError: 11 arguments are required, 2 given\n"sv},
        {"sprintf", {Str("%01$s"sv), Str("a"sv)}, "string(1) \"a\"\n"sv},
        {"sprintf", {Str("%*d|"sv), Int(5), Int(42)}, "string(6) \"   42|\"\n"sv},
        {"sprintf", {Str("%-*d|"sv), Int(5), Int(42)}, "string(6) \"42   |\"\n"sv},
        {"sprintf", {Str("%.*f"sv), Int(2), Dbl(0x400921f9f01b866eULL)}, "string(4) \"3.14\"\n"sv}, // 3.14159
        {"sprintf", {Str("%*.*f|"sv), Int(10), Int(3), Dbl(0x400921f9f01b866eULL)}, "string(11) \"     3.142|\"\n"sv}, // 3.14159
        {"sprintf", {Str("%1$*2$d|"sv), Int(42), Int(6)}, "string(7) \"    42|\"\n"sv},
        {"sprintf", {Str("%1$.*2$f"sv), Dbl(0x400921f9f01b866eULL), Int(1)}, "string(3) \"3.1\"\n"sv}, // 3.14159
        {"sprintf", {Str("%*d"sv), Str("5"sv), Int(42)}, "ValueError: Width must be an integer\n"sv},
        {"sprintf", {Str("%*d"sv), Dbl(0x4014000000000000ULL), Int(42)}, "ValueError: Width must be an integer\n"sv}, // 5.0
        {"sprintf", {Str("%*d"sv), Int(-1), Int(42)}, "ValueError: Width must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%*d"sv), Int(9223372036854775807), Int(42)}, "ValueError: Width must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%.*f"sv), Int(-1), Dbl(0x3ff8000000000000ULL)}, "ValueError: Precision -1 is only supported for %g, %G, %h and %H\n"sv}, // 1.5
        {"sprintf", {Str("%.*g"sv), Int(-1), Dbl(0x3fb999999999999aULL)}, "string(3) \"0.1\"\n"sv}, // 0.1
        {"sprintf", {Str("%.*g"sv), Int(-1), Dbl(0x4415af1d78b58c40ULL)}, "string(7) \"1.0e+20\"\n"sv}, // 1.0E+20
        {"sprintf", {Str("%.*G"sv), Int(-1), Dbl(0x437b69b4ba630f35ULL)}, "string(22) \"1.2345678901234568E+17\"\n"sv}, // 1.2345678901234568E+17
        {"sprintf", {Str("%.*e"sv), Int(-1), Dbl(0x3ff8000000000000ULL)}, "ValueError: Precision -1 is only supported for %g, %G, %h and %H\n"sv}, // 1.5
        {"sprintf", {Str("%.*s"sv), Int(-1), Str("abc"sv)}, "ValueError: Precision -1 is only supported for %g, %G, %h and %H\n"sv},
        {"sprintf", {Str("%.*s|"sv), Int(0), Str("abc"sv)}, "string(1) \"|\"\n"sv},
        {"sprintf", {Str("%.*f"sv), Int(-2), Dbl(0x3ff8000000000000ULL)}, "ValueError: Precision must be between -1 and 2147483647\n"sv}, // 1.5
        {"sprintf", {Str("%.*f"sv), Str("2"sv), Dbl(0x3ff8000000000000ULL)}, "ValueError: Precision must be an integer\n"sv}, // 1.5
        {"sprintf", {Str("%*d"sv)}, "ArgumentCountError: 2 arguments are required, 1 given\n"sv},
        {"sprintf", {Str("%*d"sv), Int(5)}, "ArgumentCountError: 3 arguments are required, 2 given\n"sv},
        {"sprintf", {Str("%.*f"sv), Int(2)}, "ArgumentCountError: 3 arguments are required, 2 given\n"sv},
        {"sprintf", {Str("%*s %s"sv), Int(3), Str("a"sv), Str("b"sv)}, "string(5) \"  a b\"\n"sv},
        {"sprintf", {Str("%0$*d"sv), Int(3), Int(1)}, "ValueError: Argument number specifier must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%*0$d"sv), Int(3), Int(1)}, "ValueError: Argument number specifier must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%.60f"sv), Dbl(0x3ff0000000000000ULL)}, "\nNotice: sprintf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits in Command line code on line 1\nstring(55) \"1.00000000000000000000000000000000000000000000000000000\"\n"sv}, // 1.0
        {"sprintf", {Str("%.54e"sv), Dbl(0x3fb999999999999aULL)}, "\nNotice: sprintf(): Requested precision of 54 digits was truncated to PHP maximum of 53 digits in Command line code on line 1\nstring(58) \"1.00000000000000005551115123125782702118158340454101562e-1\"\n"sv}, // 0.1
        {"sprintf", {Str("%.100g"sv), Dbl(0x3fb999999999999aULL)}, "\nNotice: sprintf(): Requested precision of 100 digits was truncated to PHP maximum of 53 digits in Command line code on line 1\nstring(55) \"0.10000000000000000555111512312578270211815834045410156\"\n"sv}, // 0.1
        {"sprintf", {Str("%.53f"sv), Dbl(0x3fb999999999999aULL)}, "string(55) \"0.10000000000000000555111512312578270211815834045410156\"\n"sv}, // 0.1
        {"sprintf", {Str("%.60s"sv), Str("abc"sv)}, "string(3) \"abc\"\n"sv},
        {"sprintf", {Str("%.60d"sv), Int(7)}, "string(1) \"7\"\n"sv},
        {"sprintf", {Str("%"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("abc%"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%y"sv), Int(1)}, "ValueError: Unknown format specifier \"y\"\n"sv},
        {"sprintf", {Str("%5"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%'"sv), Int(1)}, "ValueError: Missing padding character\n"sv},
        {"sprintf", {Str("%-'"sv), Int(1)}, "ValueError: Missing padding character\n"sv},
        {"sprintf", {Str("%0$d"sv), Int(1)}, "ValueError: Argument number specifier must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%d %d"sv), Int(1)}, "ArgumentCountError: 3 arguments are required, 2 given\n"sv},
        {"sprintf", {Str("%5%"sv), Int(1)}, "string(1) \"%\"\n"sv},
        {"sprintf", {Str("%Z"sv), Int(1)}, "ValueError: Unknown format specifier \"Z\"\n"sv},
        {"sprintf", {Str("%-"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%+"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("% "sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%."sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%l"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%5l"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%99999999999d"sv), Int(1)}, "ValueError: Width must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%2147483647d"sv), Int(1)}, "ValueError: Width must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%.99999999999f"sv), Int(1)}, "ValueError: Precision must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%.2147483647f"sv), Int(1)}, "ValueError: Precision must be greater than zero and less than 2147483647\n"sv},
        {"sprintf", {Str("%-5.2"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%'x"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%1$"sv), Int(1)}, "ValueError: Missing format specifier at end of string\n"sv},
        {"sprintf", {Str("%\000"sv), Int(1)}, "ValueError: Unknown format specifier \"\n"sv},
        {"sprintf", {Str("%5\000d"sv), Int(1)}, "ValueError: Unknown format specifier \"\n"sv},
        {"sprintf", {Str("%.f"sv), Int(1)}, "string(8) \"1.000000\"\n"sv},
        {"sprintf", {Str("%.d"sv), Int(1)}, "string(1) \"1\"\n"sv},
        {"sprintf", {Str("%5.f|"sv), Int(1)}, "string(9) \"1.000000|\"\n"sv},
        {"sprintf", {Str("%-s|"sv), Int(1)}, "string(2) \"1|\"\n"sv},
        {"sprintf", {Str("% s|"sv), Int(1)}, "string(2) \"1|\"\n"sv},
        {"sprintf", {Str("%+5s|"sv), Int(1)}, "string(6) \"    1|\"\n"sv},
        {"sprintf", {Str("%v"sv), Int(1)}, "ValueError: Unknown format specifier \"v\"\n"sv},
        {"sprintf", {Str("%i"sv), Int(1)}, "ValueError: Unknown format specifier \"i\"\n"sv},
        {"sprintf", {Str("%n"sv), Int(1)}, "ValueError: Unknown format specifier \"n\"\n"sv},
        {"sprintf", {Str("%p"sv), Int(1)}, "ValueError: Unknown format specifier \"p\"\n"sv},
        {"sprintf", {Str("%a"sv), Int(1)}, "ValueError: Unknown format specifier \"a\"\n"sv},
        {"sprintf", {Str("%D"sv), Int(1)}, "ValueError: Unknown format specifier \"D\"\n"sv},
        {"sprintf", {Str("%"sv)}, "ArgumentCountError: 2 arguments are required, 1 given\n"sv},
        {"sprintf", {Str("%d"sv)}, "ArgumentCountError: 2 arguments are required, 1 given\n"sv},
        {"sprintf", {Str("%s %s"sv)}, "ArgumentCountError: 3 arguments are required, 1 given\n"sv},
        {"sprintf", {Str("%y"sv)}, "ArgumentCountError: 2 arguments are required, 1 given\n"sv},
        {"sprintf", {Str("%d %y"sv)}, "ArgumentCountError: 3 arguments are required, 1 given\n"sv},
        {"sprintf", {Str("%d %'"sv)}, "ValueError: Missing padding character\n"sv},
        {"sprintf", {Str("%1$s %3$s"sv)}, "ArgumentCountError: 4 arguments are required, 1 given\n"sv},
        {"sprintf", {Str("%*d"sv)}, "ArgumentCountError: 2 arguments are required, 1 given\n"sv},
        {"sprintf", {Str("%s"sv), Str("a"sv), Str("b"sv), Str("c"sv)}, "string(1) \"a\"\n"sv},
        {"sprintf", {Nul(), Int(1)}, "\nDeprecated: sprintf(): Passing null to parameter #1 ($format) of type string is deprecated in Command line code on line 1\nstring(0) \"\"\n"sv},
        {"sprintf", {Int(42)}, "string(2) \"42\"\n"sv},
        {"sprintf", {Dbl(0x3ff8000000000000ULL)}, "string(3) \"1.5\"\n"sv}, // 1.5
        {"sprintf", {Tru()}, "string(1) \"1\"\n"sv},
        {"printf", {Str("%s-%05.1f|"sv), Str("a"sv), Dbl(0x400921f9f01b866eULL)}, "a-003.1|int(8)\n"sv}, // 3.14159
        {"printf", {Str(""sv)}, "int(0)\n"sv},
        {"printf", {Str("%d %d"sv), Int(1)}, "ArgumentCountError: 3 arguments are required, 2 given\n"sv},
        {"printf", {Str("%y"sv), Int(1)}, "ValueError: Unknown format specifier \"y\"\n"sv},
        {"printf", {Str("a\000b"sv)}, "a\000bint(3)\n"sv},
        {"vsprintf", {Str("%d"sv), Int(1)}, "TypeError: vsprintf(): Argument #2 ($values) must be of type array, int given\n"sv},
        {"vsprintf", {Str("%d"sv), Str("x"sv)}, "TypeError: vsprintf(): Argument #2 ($values) must be of type array, string given\n"sv},
        {"vsprintf", {Nul(), Nul()}, "\nDeprecated: vsprintf(): Passing null to parameter #1 ($format) of type string is deprecated in Command line code on line 1\nTypeError: vsprintf(): Argument #2 ($values) must be of type array, null given\n"sv},
        {"vprintf", {Str("%d"sv), Dbl(0x3ff8000000000000ULL)}, "TypeError: vprintf(): Argument #2 ($values) must be of type array, float given\n"sv}, // 1.5
    };
    return cases;
}

} // namespace

class SprintfTest : public BuiltinTest {};

TEST_F(SprintfTest, MatchesPhp)
{
    check_table(matches_php_cases().data(), matches_php_cases().size());
}

} // namespace miniphp::runtime::builtins_test

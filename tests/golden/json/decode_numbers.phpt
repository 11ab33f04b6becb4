--TEST--
json_decode numbers: ints, floats, exponents, -0 and overflow
--FILE--
<?php
foreach (["-0", "-0.0", "0.0", "0e5", "1E2", "1e+2", "-1.5E-3", "0.1", "1E400", "-1E400", "1e-400",
          "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
          "12345678901234567890", "1234567890123456789", "0.30000000000000004", "123456789012345678901234567890"] as $s) {
    printf("%-32s ", $s);
    var_dump(json_decode($s));
}
foreach (["01", "-", "+1", ".5", "1.", "1.e3", "1e", "0x10", "1_000", "--1", "- 1", "1 2", "Infinity", "NaN"] as $s) {
    var_dump(json_decode($s));
    echo $s, " => ", json_last_error_msg(), "\n";
}
--EXPECT--
-0                               int(0)
-0.0                             float(-0)
0.0                              float(0)
0e5                              float(0)
1E2                              float(100)
1e+2                             float(100)
-1.5E-3                          float(-0.0015)
0.1                              float(0.1)
1E400                            float(INF)
-1E400                           float(-INF)
1e-400                           float(0)
9223372036854775807              int(9223372036854775807)
9223372036854775808              float(9.223372036854776E+18)
-9223372036854775808             int(-9223372036854775808)
-9223372036854775809             float(-9.223372036854776E+18)
12345678901234567890             float(1.2345678901234567E+19)
1234567890123456789              int(1234567890123456789)
0.30000000000000004              float(0.30000000000000004)
123456789012345678901234567890   float(1.2345678901234568E+29)
NULL
01 => Syntax error
NULL
- => Syntax error
NULL
+1 => Syntax error
NULL
.5 => Syntax error
NULL
1. => Syntax error
NULL
1.e3 => Syntax error
NULL
1e => Syntax error
NULL
0x10 => Syntax error
NULL
1_000 => Syntax error
NULL
--1 => Syntax error
NULL
- 1 => Syntax error
NULL
1 2 => Syntax error
NULL
Infinity => Syntax error
NULL
NaN => Syntax error

--TEST--
string parameter: ints, floats and bools become strings
--FILE--
<?php
function f(string $s) { var_dump($s); }
f(42);
f(1.5);
f(0.1 + 0.2);
f(1e100);
f(true);
f(false);
f(-0.0);
--EXPECT--
string(2) "42"
string(3) "1.5"
string(3) "0.3"
string(8) "1.0E+100"
string(1) "1"
string(0) ""
string(2) "-0"

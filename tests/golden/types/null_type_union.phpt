--TEST--
null in a union: string|null and int|null
--FILE--
<?php
function f(string|null $s, int|null $i = null) { var_dump($s, $i); }
f(null);
f(5, "6");
f(null, null);
--EXPECT--
NULL
NULL
string(1) "5"
int(6)
NULL
NULL

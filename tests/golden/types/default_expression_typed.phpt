--TEST--
a default computed at run time is checked against the type
--FILE--
<?php
class C { const LIMIT = 10; }
function f(int $n = C::LIMIT * 2, string $s = C::LIMIT . "px") { var_dump($n, $s); }
f();
f(1, 2);
--EXPECT--
int(20)
string(4) "10px"
int(1)
string(1) "2"

--TEST--
a typed parameter defaulting to null is implicitly nullable
--FILE--
<?php
function f(int $x = null, array $a = null) { var_dump($x, $a); }
f();
f(null, null);
f(1, [1]);
f(2, 3);
--EXITCODE--
255
--EXPECTF--
NULL
NULL
NULL
NULL
int(1)
array(1) {
  [0]=>
  int(1)
}

Fatal error: Uncaught TypeError: f(): Argument #2 ($a) must be of type ?array, int given, called in %s on line 6 and defined in %s:2
Stack trace:
#0 %s(6): f(2, 3)
#1 {main}
  thrown in %s on line 2

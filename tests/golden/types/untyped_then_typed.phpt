--TEST--
untyped parameters before a typed one still skip their receive
--FILE--
<?php
function f($a, $b, int $c, $d = 4) { var_dump($a, $b, $c, $d); }
f(1, 2, "3");
f(1, 2, 3, 5);
f(1, 2, "c");
--EXITCODE--
255
--EXPECTF--
int(1)
int(2)
int(3)
int(4)
int(1)
int(2)
int(3)
int(5)

Fatal error: Uncaught TypeError: f(): Argument #3 ($c) must be of type int, string given, called in %s on line 5 and defined in %s:2
Stack trace:
#0 %s(5): f(1, 2, 'c')
#1 {main}
  thrown in %s on line 2

--TEST--
a function returning by reference with a return type: the variable itself is converted
--FILE--
<?php
function &counter(): int { static $v = "1"; return $v; }
$a = &counter();
var_dump($a);
$a = 5;
var_dump(counter());
function &bad(): int { $x = "no"; return $x; }
$b = &bad();
--EXITCODE--
255
--EXPECTF--
int(1)
int(5)

Fatal error: Uncaught TypeError: bad(): Return value must be of type int, string returned in %s:7
Stack trace:
#0 %s(8): bad()
#1 {main}
  thrown in %s on line 7

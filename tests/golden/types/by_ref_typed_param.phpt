--TEST--
a by-reference typed parameter converts the caller's variable
--FILE--
<?php
function bump(int &$n) { $n++; }
$x = "41";
bump($x);
var_dump($x);
$y = 2.0;
bump($y);
var_dump($y);
$z = "no";
bump($z);
--EXITCODE--
255
--EXPECTF--
int(42)
int(3)

Fatal error: Uncaught TypeError: bump(): Argument #1 ($n) must be of type int, string given, called in %s on line 10 and defined in %s:2
Stack trace:
#0 %s(10): bump('no')
#1 {main}
  thrown in %s on line 2

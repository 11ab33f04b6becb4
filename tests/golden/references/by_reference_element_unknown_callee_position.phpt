--TEST--
An element passed to a function declared later, as its second or later argument: fetched for writing without the read-write warning
--FILE--
<?php
$a = [];
g(1, $a['k']);
g(1, 2, $a['u']);
g(1, 2, 3, 4, $a['v'][1]);
var_dump($a);
function g($x, &$y = null, &$z = null, $w = null, &$q = null) { $y = 5; }
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: g(): Argument #2 ($y) cannot be passed by reference in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4

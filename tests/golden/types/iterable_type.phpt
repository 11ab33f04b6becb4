--TEST--
iterable: arrays pass, the message prints Traversable|array
--FILE--
<?php
function f(iterable $it) { foreach ($it as $v) echo $v; echo "\n"; }
f([1, 2, 3]);
f(123);
--EXITCODE--
255
--EXPECTF--
123

Fatal error: Uncaught TypeError: f(): Argument #1 ($it) must be of type Traversable|array, int given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f(123)
#1 {main}
  thrown in %s on line 2

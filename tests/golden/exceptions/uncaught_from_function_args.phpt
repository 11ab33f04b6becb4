--TEST--
an uncaught exception's trace shows each frame's arguments: ints, strings, arrays, objects, null and bools
--FILE--
<?php
class Box {}
function fail($n, $s, $arr, $obj, $nothing, $yes, $no) {
    throw new LogicException("bad input");
}
function wrap($x) {
    fail($x, "text", [1, 2, 3], new Box, null, true, false);
}
wrap(42);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught LogicException: bad input in %s:4
Stack trace:
#0 %s(7): fail(42, 'text', Array, Object(Box), NULL, true, false)
#1 %s(9): wrap(42)
#2 {main}
  thrown in %s on line 4

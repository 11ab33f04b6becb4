--TEST--
an uncaught exception with two previous exceptions prints three blocks joined by Next, innermost first
--FILE--
<?php
$a = new InvalidArgumentException("level A");
$b = new LogicException("level B", 0, $a);
function raise($prev) {
    throw new RuntimeException("level C", 0, $prev);
}
raise($b);
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught InvalidArgumentException: level A in %s:2
Stack trace:
#0 {main}

Next LogicException: level B in %s:3
Stack trace:
#0 {main}

Next RuntimeException: level C in %s:5
Stack trace:
#0 %s(7): raise(Object(LogicException))
#1 {main}
  thrown in %s on line 5

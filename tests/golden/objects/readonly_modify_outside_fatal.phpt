--TEST--
Assigning an initialized readonly property from outside is an uncaught Error.
--FILE--
<?php
class P {
    public function __construct(public readonly int $x) {}
}
$p = new P(3);
echo $p->x, "\n";
$p->x = 4;
--EXITCODE--
255
--EXPECTF--
3

Fatal error: Uncaught Error: Cannot modify readonly property P::$x in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7

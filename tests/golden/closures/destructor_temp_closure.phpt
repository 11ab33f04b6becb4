--TEST--
a closure called immediately and discarded releases its capture at once, so a later unset destroys the object
--FILE--
<?php
class Temp {
    public function __destruct() { echo "Temp destroyed\n"; }
}
$t = new Temp;
echo (function () use ($t) { return "called"; })(), "\n";
unset($t);
echo "after unset\n";
--EXPECT--
called
Temp destroyed
after unset

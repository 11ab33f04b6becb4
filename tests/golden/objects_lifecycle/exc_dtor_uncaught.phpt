--TEST--
an uncaught exception from a destructor prints php's fatal error with the stack trace
--FILE--
<?php
class Bomb {
    public function __destruct() { throw new Exception("destructor failed"); }
}
function f() {
    $b = new Bomb;
    unset($b);
    echo "not reached\n";
}
f();
echo "not reached either\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Exception: destructor failed in %s:3
Stack trace:
#0 %s(7): Bomb->__destruct()
#1 %s(10): f()
#2 {main}
  thrown in %s on line 3

--TEST--
an uncaught exception destroys the locals of the frames it leaves before the fatal message; globals are destroyed after it
--FILE--
<?php
class Guard {
    public function __construct(public string $n) {}
    public function __destruct() { echo "release {$this->n}\n"; }
}
function f() {
    $g = new Guard("local");
    throw new Exception("no handler");
}
$top = new Guard("global");
f();
--EXITCODE--
255
--EXPECTF--
release local

Fatal error: Uncaught Exception: no handler in %s:8
Stack trace:
#0 %s(11): f()
#1 {main}
  thrown in %s on line 8
release global

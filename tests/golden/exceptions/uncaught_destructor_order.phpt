--TEST--
finally runs before an uncaught exception is printed and objects are destroyed after it
--FILE--
<?php
class D {
    public function __destruct() { echo "destructor\n"; }
}
$d = new D;
function f() {
    try {
        throw new Exception("boom");
    } finally {
        echo "finally\n";
    }
}
f();
--EXITCODE--
255
--EXPECTF--
finally

Fatal error: Uncaught Exception: boom in %s:8
Stack trace:
#0 %s(13): f()
#1 {main}
  thrown in %s on line 8
destructor

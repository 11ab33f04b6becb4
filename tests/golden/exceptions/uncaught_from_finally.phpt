--TEST--
an uncaught exception thrown in finally is printed after the one it replaced
--FILE--
<?php
function f() {
    try {
        throw new Exception("first");
    } finally {
        throw new Error("second");
    }
}
f();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Exception: first in %s:4
Stack trace:
#0 %s(9): f()
#1 {main}

Next Error: second in %s:6
Stack trace:
#0 %s(9): f()
#1 {main}
  thrown in %s on line 6

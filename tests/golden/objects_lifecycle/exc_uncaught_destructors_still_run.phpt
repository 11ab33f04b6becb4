--TEST--
an uncaught exception prints the fatal error and global destructors still run afterwards
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
function fail() { throw new Exception("unhandled"); }
fail();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Exception: unhandled in %s:6
Stack trace:
#0 %s(7): fail()
#1 {main}
  thrown in %s on line 6
destructor

--TEST--
instantiating an undefined class throws an uncaught Error; existing objects are still destructed at shutdown
--FILE--
<?php
class G {
    public function __destruct() { echo "destructor\n"; }
}
$g = new G;
$x = new DoesNotExist();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Class "DoesNotExist" not found in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
destructor

--TEST--
an exception thrown by a destructor at shutdown is reported as an uncaught fatal error
--FILE--
<?php
class Bomb {
    public function __destruct() { echo "bomb at shutdown\n"; throw new LogicException("late failure"); }
}
$b = new Bomb;
echo "script end\n";
--EXITCODE--
255
--EXPECTF--
script end
bomb at shutdown

Fatal error: Uncaught LogicException: late failure in %s:3
Stack trace:
#0 [internal function]: Bomb->__destruct()
#1 {main}
  thrown in %s on line 3

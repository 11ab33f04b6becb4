--TEST--
A private __clone cannot be called from the global scope.
--FILE--
<?php
class Singleton {
    private function __clone() {}
}
$s = new Singleton;
$copy = clone $s;
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Call to private Singleton::__clone() from global scope in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6

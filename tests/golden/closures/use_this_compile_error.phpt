--TEST--
use ($this) in a closure is a compile-time fatal error
--FILE--
<?php
class A {
    public function f() {
        return function () use ($this) { return 1; };
    }
}
echo "never\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use $this as lexical variable in %s on line 4

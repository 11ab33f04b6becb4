--TEST--
Assigning to $this is a compile-time fatal error.
--FILE--
<?php
class A {
    public function m() {
        $this = new A;
    }
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot re-assign $this in %s on line 4

--TEST--
a real fatal error inside a function does not destroy that function's locals
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
function f() {
    $local = new G("local");
    echo "about to fail\n";
    trigger_error("fatal in f", E_USER_ERROR);
}
$global = new G("global");
f();
--EXITCODE--
255
--EXPECTF--
about to fail

Fatal error: fatal in f in %s on line 9

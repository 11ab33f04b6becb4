--TEST--
destructors that ran before a real fatal error keep their output; the remaining ones never run
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new G("a");
$b = new G("b");
$c = new G("c");
unset($b);
$a = null;
echo "a and b gone\n";
trigger_error("stop", E_USER_ERROR);
--EXITCODE--
255
--EXPECTF--
dtor b
dtor a
a and b gone

Fatal error: stop in %s on line 12

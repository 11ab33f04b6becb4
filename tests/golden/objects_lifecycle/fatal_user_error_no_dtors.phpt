--TEST--
a real fatal error (E_USER_ERROR) after objects exist means no destructor runs afterwards
--FILE--
<?php
class G {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new G("a");
$b = new G("b");
trigger_error("giving up", E_USER_ERROR);
echo "never\n";
--EXITCODE--
255
--EXPECTF--
ctor a
ctor b

Fatal error: giving up in %s on line 8

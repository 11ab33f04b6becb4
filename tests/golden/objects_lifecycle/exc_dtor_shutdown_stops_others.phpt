--TEST--
after a destructor throws at shutdown no further destructors run
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
class Bomb {
    public function __destruct() { echo "bomb\n"; throw new Exception("stop"); }
}
$a = new G("a");
$bomb = new Bomb;
$c = new G("c");
echo "script end\n";
--EXITCODE--
255
--EXPECTF--
script end
dtor c
bomb

Fatal error: Uncaught Exception: stop in %s:7
Stack trace:
#0 [internal function]: Bomb->__destruct()
#1 {main}
  thrown in %s on line 7

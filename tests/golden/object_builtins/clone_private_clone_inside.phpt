--TEST--
A private __clone may be used from inside its class.
--FILE--
<?php
class Singleton {
    public $n = 1;
    private function __clone() { echo "private clone ran\n"; }
    public function duplicate() { return clone $this; }
}
$s = new Singleton;
var_dump($s->duplicate());
--EXPECT--
private clone ran
object(Singleton)#2 (1) {
  ["n"]=>
  int(1)
}

--TEST--
Parent and child can each have a private property of the same name; each class's methods see their own.
--FILE--
<?php
class P {
    private $x = 'parent';
    public function getP() { return $this->x; }
    public function setP($v) { $this->x = $v; }
}
class C extends P {
    private $x = 'child';
    public function getC() { return $this->x; }
}
$c = new C;
echo $c->getP(), " ", $c->getC(), "\n";
$c->setP('changed');
echo $c->getP(), " ", $c->getC(), "\n";
var_dump($c);
--EXPECT--
parent child
changed child
object(C)#1 (2) {
  ["x":"P":private]=>
  string(7) "changed"
  ["x":"C":private]=>
  string(5) "child"
}

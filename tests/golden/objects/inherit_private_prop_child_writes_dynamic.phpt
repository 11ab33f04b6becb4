--TEST--
A child method writing a parent's private property name creates a separate dynamic property (with deprecation).
--FILE--
<?php
class P {
    private $secret = 'p';
    public function getSecret() { return $this->secret; }
}
class C extends P {
    public function setSecret($v) { $this->secret = $v; }
}
$c = new C;
$c->setSecret('c');
echo $c->getSecret(), "\n";
var_dump($c);
--EXPECTF--
Deprecated: Creation of dynamic property C::$secret is deprecated in %s on line 7
p
object(C)#1 (2) {
  ["secret":"P":private]=>
  string(1) "p"
  ["secret"]=>
  string(1) "c"
}

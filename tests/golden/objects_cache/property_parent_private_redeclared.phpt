--TEST--
A site in a parent method reads ->x on the parent and on a child that redeclares x: different slots
--FILE--
<?php
class Base {
    private $x = "base private";
    public function show() { return $this->x; }
    public function bump() { $this->x .= "+"; }
}
class Child extends Base {
    public $x = "child public";
}
foreach ([new Base, new Child, new Base, new Child] as $o) {
    $o->bump();
    echo $o::class, ": ", $o->show(), " / ", $o->x ?? "-", "\n";
}
var_dump(new Child);
--EXPECT--
Base: base private+ / -
Child: base private+ / child public
Base: base private+ / -
Child: base private+ / child public
object(Child)#3 (2) {
  ["x":"Base":private]=>
  string(12) "base private"
  ["x"]=>
  string(12) "child public"
}

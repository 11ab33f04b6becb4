--TEST--
A private property redeclared protected, then public, further down: code of the first class still reaches its own private one (the mark a redeclaration leaves is inherited).
--FILE--
<?php
class A {
    private $a = 'A private';
    public function readA() { return $this->a; }
    public function writeA($v) { $this->a = $v; }
}
class B extends A { protected $a = 'B protected'; }
class C extends B {
    public $a = 'C public';
}
$c = new C;
var_dump($c->readA());
$c->writeA('written by A');
var_dump($c->a, $c->readA());
var_dump($c);
--EXPECT--
string(9) "A private"
string(8) "C public"
string(12) "written by A"
object(C)#1 (2) {
  ["a":"A":private]=>
  string(12) "written by A"
  ["a"]=>
  string(8) "C public"
}

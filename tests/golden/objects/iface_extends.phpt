--TEST--
Interfaces can extend several other interfaces; an implementing class satisfies all of them.
--FILE--
<?php
interface A { public function a(); }
interface B { public function b(); }
interface C extends A, B { public function c(); }
class Impl implements C {
    public function a() { return 'a'; }
    public function b() { return 'b'; }
    public function c() { return 'c'; }
}
$i = new Impl;
echo $i->a(), $i->b(), $i->c(), "\n";
var_dump($i instanceof A, $i instanceof B, $i instanceof C);
var_dump(is_subclass_of('C', 'A'));
var_dump(interface_exists('C'), class_exists('C'));
--EXPECT--
abc
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)

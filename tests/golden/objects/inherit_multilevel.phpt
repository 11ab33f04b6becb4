--TEST--
Methods and properties are inherited through several levels; parent:: goes one level up.
--FILE--
<?php
class A {
    public $level = 'A';
    public function name() { return 'A'; }
}
class B extends A {
    public function name() { return 'B>' . parent::name(); }
}
class C extends B {
    public function name() { return 'C>' . parent::name(); }
}
class D extends C {}
$d = new D;
echo $d->name(), "\n";
echo $d->level, "\n";
echo get_parent_class($d), "\n";
var_dump($d instanceof A);
--EXPECT--
C>B>A
A
C
bool(true)

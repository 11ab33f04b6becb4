--TEST--
get_class() without arguments names the class the running method is declared in, not the object's class.
--FILE--
<?php
class Base {
    public function where() { return get_class(); }
    public function what() { return get_class($this); }
}
class Derived extends Base {
    public function mine() { return get_class(); }
}
$d = new Derived;
var_dump($d->where(), $d->what(), $d->mine());
--EXPECT--
string(4) "Base"
string(7) "Derived"
string(7) "Derived"

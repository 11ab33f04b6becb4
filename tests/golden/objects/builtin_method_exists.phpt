--TEST--
method_exists reports methods of any visibility, inherited ones and static ones, case-insensitively; __call does not count.
--FILE--
<?php
class A {
    private function priv() {}
    public static function stat() {}
    public function __call($n, $a) {}
}
class B extends A {
    public function own() {}
}
$b = new B;
var_dump(method_exists($b, 'own'));
var_dump(method_exists($b, 'OWN'));
var_dump(method_exists($b, 'priv'));
var_dump(method_exists('B', 'stat'));
var_dump(method_exists($b, 'magic'));
var_dump(method_exists('Nope', 'x'));
var_dump(method_exists($b, '__call'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)

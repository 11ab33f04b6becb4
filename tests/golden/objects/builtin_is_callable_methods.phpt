--TEST--
is_callable with object and class method arrays respects visibility from the calling scope and __call.
--FILE--
<?php
class A {
    public function pub() {}
    private function priv() {}
    public static function stat() {}
    public function check() { return is_callable([$this, 'priv']); }
}
class M { public function __call($n, $a) {} }
$a = new A;
var_dump(is_callable([$a, 'pub']));
var_dump(is_callable([$a, 'priv']));
var_dump($a->check());
var_dump(is_callable(['A', 'stat']));
var_dump(is_callable('A::stat'));
var_dump(is_callable([$a, 'nope']));
var_dump(is_callable([new M, 'anything']));
var_dump(is_callable(['Nope', 'x']));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)

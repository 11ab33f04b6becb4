--TEST--
method_exists() ignores case and visibility, for objects and class names; unknown classes give false.
--FILE--
<?php
class Greeter {
    public function hello() {}
    protected function prot() {}
    private function priv() {}
    public static function stat() {}
}
$g = new Greeter;
var_dump(method_exists($g, 'hello'), method_exists($g, 'HELLO'), method_exists($g, 'prot'), method_exists($g, 'priv'));
var_dump(method_exists('Greeter', 'stat'), method_exists('greeter', 'priv'), method_exists($g, 'nope'));
var_dump(method_exists('NoSuchClass', 'hello'), method_exists('\Greeter', 'hello'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)

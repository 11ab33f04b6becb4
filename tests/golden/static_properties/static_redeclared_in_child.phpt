--TEST--
a child redeclaring a static property gets its own; parent:: reaches the parent one
--FILE--
<?php
class P { public static $v = 'p'; static function show() { return static::$v . '/' . self::$v; } }
class C extends P { public static $v = 'c'; static function up() { return parent::$v; } }
echo P::show(), " ", C::show(), " ", C::up(), "\n";
C::$v = 'changed';
echo P::$v, " ", C::$v, "\n";
var_dump(isset(C::$v), empty(P::$nope), C::$v ?? 'none', C::$missing ?? 'default');
--EXPECT--
p/p c/p p
p changed
bool(true)
bool(true)
string(7) "changed"
string(7) "default"

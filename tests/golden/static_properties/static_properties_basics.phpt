--TEST--
static properties: shared with children, ++/op=/[] through self:: and static::, references, isset, visibility and undeclared errors, $obj::$x, an object in a static property destructed at shutdown
--FILE--
<?php
class A { public static $n = 0; protected static $arr = []; private static $p = 'p';
  static function inc() { return ++static::$n; } static function add($v) { self::$arr[] = $v; return count(self::$arr); } static function p() { return self::$p; } }
class B extends A { public static $own = 'b'; }
A::$n = 5; B::$n++; echo A::$n, B::$n, "\n";
echo A::inc(), B::inc(), A::add(1), B::add(2), A::p(), "\n";
$r = &A::$n; $r = 100; echo B::$n, "\n";
A::$n .= "x"; var_dump(A::$n, isset(A::$n), isset(A::$zz), B::$own);
try { echo A::$zz; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo A::$p; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$o = new B; echo $o::$own, "\n";
class D { public static $obj; function __destruct() { echo "D dies\n"; } }
D::$obj = new D;
echo "end\n";
--EXPECT--
66
7812p
100
string(4) "100x"
bool(true)
bool(false)
string(1) "b"
Access to undeclared static property A::$zz
Cannot access private property A::$p
b
end
D dies

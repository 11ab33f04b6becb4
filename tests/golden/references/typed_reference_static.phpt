--TEST--
References to typed static properties (through a child class too) check what is assigned through them; rebinding with =&; uninitialized non-nullable properties refuse a reference
--FILE--
<?php
class S {
    public static int $count = 0;
    public static ?string $label = null;
    public static array $list = [];
    public static int $uninit;
}
class T extends S {}
function bump(&$v) { $v = $v + 1; }
function spoil(&$v) { $v = "spoiled"; }
$c = &S::$count;
$c = "41";
var_dump(S::$count);
try { $c = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
bump(T::$count);
try { spoil(T::$count); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(S::$count);
$l = &T::$label;
$l = 12;
var_dump(S::$label);
$x = "free";
T::$label = &$x;
$c2 = 5;
try { S::$count = &$l; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $l = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($l);
try { $x = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $u = &S::$uninit; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class O { public int $n; public ?int $m; }
$o = new O;
try { $r = &$o->n; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r2 = &$o->m;
var_dump($o);
$sorted = &S::$list;
$sorted[] = 3;
$sorted[] = 1;
sort(S::$list);
var_dump(S::$list);
try { $sorted = "not a list"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class U { public static function m(&$v) { $v = 1.5; } }
try { U::m(S::$count); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(S::$count);
--EXPECTF--
int(41)
Cannot assign string to reference held by property S::$count of type int
Cannot assign string to reference held by property S::$count of type int
int(42)
string(2) "12"
Cannot assign array to reference held by property S::$count of type int
int(12)
Cannot assign array to reference held by property S::$label of type ?string
Cannot access uninitialized non-nullable property S::$uninit by reference
Cannot access uninitialized non-nullable property O::$n by reference
object(O)#2 (1) {
  ["n"]=>
  uninitialized(int)
  ["m"]=>
  &NULL
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
Cannot assign string to reference held by property S::$list of type array

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 40
int(1)

--TEST--
A reference to a typed property checks (and converts) what is assigned through it: TypeErrors, coercion, ++ past PHP_INT_MAX, the object gone
--FILE--
<?php
class A { public int $p = 1; public ?string $s = null; public array $arr = []; }
$o = new A;
$r = &$o->p;
$r = "5";
var_dump($o->p);
try { $r = "abc"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($o->p);
$r = 2.0;
var_dump($o->p);
try { $r = 2.5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($r);
$q = &$o->s;
$q = 5;
var_dump($o->s);
function f(&$x) { $x = "zz"; }
try { f($o->p); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$r = PHP_INT_MAX;
try { $r++; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$r += 1;
var_dump($o->p);
unset($o);
$r = "now free";
var_dump($r);
--EXITCODE--
255
--EXPECTF--
int(5)
Cannot assign string to reference held by property A::$p of type int
int(5)
int(2)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 11
int(2)
string(1) "5"
Cannot assign string to reference held by property A::$p of type int
TypeError: Cannot increment a reference held by property A::$p of type int past its maximal value

Fatal error: Uncaught TypeError: Cannot assign float to reference held by property A::$p of type int in %s:20
Stack trace:
#0 {main}
  thrown in %s on line 20

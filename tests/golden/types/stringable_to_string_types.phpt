--TEST--
Objects with __toString given to string parameters, returns, typed properties and typed references in coercive mode; a throwing __toString; a catch variable bound to a typed reference is checked strictly
--FILE--
<?php
class S { public function __toString(): string { return "S!"; } }
class B { public function __toString(): string { throw new RuntimeException("no string"); } }
class N {}
function s(string $x) { return $x; }
function u(int|string $x) { return $x; }
function f(float $x) { return $x; }
function b(?bool $x) { return $x; }
var_dump(s(new S), u(new S));
try { s(new N); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { s(new B); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { f(new S); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { b(new S); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function r(): string { return new S; }
var_dump(r());
class P { public string $p = ""; public ?string $q = null; public string|int $m = 0; }
$p = new P;
$p->p = new S; $p->q = new S; $p->m = new S;
var_dump($p);
$arr = ['k' => new S];
var_dump(implode(",", [s($arr['k'])]));
var_dump(str_repeat(new S, 2), strlen(new S));
$x = &$p->p;
$x = new S;
var_dump($p->p);
class H { public ?string $s = null; public float $f = 0.0; }
$h = new H;
$r = &$h->s;
try { throw new Exception("boom"); } catch (Exception $r) { echo "caught\n"; }
--EXITCODE--
255
--EXPECTF--
string(2) "S!"
string(2) "S!"
s(): Argument #1 ($x) must be of type string, N given, called in %s on line 10
RuntimeException: no string
f(): Argument #1 ($x) must be of type float, S given, called in %s on line 12
b(): Argument #1 ($x) must be of type ?bool, S given, called in %s on line 13
string(2) "S!"
object(P)#1 (3) {
  ["p"]=>
  string(2) "S!"
  ["q"]=>
  string(2) "S!"
  ["m"]=>
  string(2) "S!"
}
string(2) "S!"
string(4) "S!S!"
int(2)
string(2) "S!"

Fatal error: Uncaught TypeError: Cannot assign Exception to reference held by property H::$s of type ?string in %s:29
Stack trace:
#0 {main}
  thrown in %s on line 29

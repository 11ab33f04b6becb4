--TEST--
typed properties: coercion on assignment, op= and ++, TypeErrors naming self, uninitialized reads, unset, promoted typed parameters
--FILE--
<?php
class A { public int $i; public ?string $s = null; public self $me; public float $f = 1; public int|string $u = 0; public ?A $n = null;
  function bump() { $this->i++; $this->f += 2; return $this; } }
$a = new A;
$a->i = "42"; $a->f = 3; var_dump($a->i, $a->f);
try { $a->i = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo $a->me; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump(isset($a->me));
$a->me = $a; $a->bump(); $a->i += 1.5; var_dump($a->i);
try { $a->s = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->me = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->n = 5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a->u = 1.0; $a->s = 12; var_dump($a->u, $a->s);
unset($a->i); try { echo $a->i; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $a->i++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a->i = 7.0; var_dump($a->i);
try { $a->i = 7.5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->i);
class P { function __construct(public int $x, protected ?array $y = null) {} }
var_dump(new P("5"));
try { new P("z"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a->me = $a; $a->n = null;
--EXPECTF--
int(42)
float(3)
Cannot assign string to property A::$i of type int
Typed property A::$me must not be accessed before initialization
bool(false)

Deprecated: Implicit conversion from float 44.5 to int loses precision in %s on line 9
int(44)
Cannot assign array to property A::$s of type ?string
Cannot assign stdClass to property A::$me of type self
Cannot assign int to property A::$n of type ?A
int(1)
string(2) "12"
Typed property A::$i must not be accessed before initialization
Typed property A::$i must not be accessed before initialization
int(7)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 17
int(7)
object(P)#4 (2) {
  ["x"]=>
  int(5)
  ["y":protected]=>
  NULL
}
P::__construct(): Argument #1 ($x) must be of type int, string given, called in %s on line 21

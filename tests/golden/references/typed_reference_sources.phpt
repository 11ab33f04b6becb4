--TEST--
References held by several typed properties: conflicting conversions, rebinding with =&, unset, op= and ++, elements and untyped properties holding them, clone, objects freed
--FILE--
<?php
class A { public int $i = 1; public ?string $s = null; public float $f = 1.5; public $u; public array $arr = []; }
class B { public string $name = "b"; public int|string $mixed = 0; }
$a = new A;
$b = new B;
// two typed properties share one reference
$a->u = 'x';
$r = &$a->i;
$b->mixed = &$a->i;
var_dump($b->mixed);
try { $r = "7"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->i, $b->mixed);
try { $b->mixed = "text"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->i);
// rebinding a typed property frees the old reference from it
$x = "free";
try { $a->i = &$x; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$y = 5;
$a->i = &$y;
$r = "anything";
var_dump($r, $a->i);
try { $y = "no"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$y = "12";
var_dump($a->i);
// unset drops the source
unset($a->i);
$y = "now a string";
var_dump($y);
// op= and ++ through references
$f = &$a->f;
$f += 1;
$f .= "5";
var_dump($a->f);
try { $f .= "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->f);
$s = &$a->s;
$s = 5;
var_dump($a->s);
$s = null;
$s++;
var_dump($a->s);
// an array element bound to a typed property
$list = [];
$list[0] = &$b->name;
try { $list[0] = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$list[0] = 42;
var_dump($b->name);
// untyped property holding the typed reference
$a->u = &$b->name;
try { $a->u = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$a->u = 3.5;
var_dump($b->name);
// clone shares the reference: both properties are sources
$n = &$b->name;
$c = clone $b;
unset($b);
try { $n = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
unset($c);
$n = [];
var_dump($n);
// objects going away
$d = new B;
$m = &$d->mixed;
$d = null;
$m = [1];
var_dump($m);
function add_one(&$v) { $v = $v + 1; }
$e = new A;
$e->i = PHP_INT_MAX - 1;
add_one($e->i);
try { add_one($e->i); } catch (TypeError $ex) { echo $ex->getMessage(), "\n"; }
var_dump($e->i);
$q = &$e->i;
try { $q++; } catch (TypeError $ex) { echo $ex->getMessage(), "\n"; }
$e->i = PHP_INT_MIN;
try { $q--; } catch (TypeError $ex) { echo $ex->getMessage(), "\n"; }
var_dump($q);
--EXPECT--
int(1)
Cannot assign string to reference held by property A::$i of type int and property B::$mixed of type string|int, as this would result in an inconsistent type conversion
int(1)
int(1)
Cannot assign string to reference held by property A::$i of type int
int(1)
Cannot assign string to property A::$i of type int
string(8) "anything"
int(5)
Cannot assign string to reference held by property A::$i of type int
int(12)
string(12) "now a string"
float(2.55)
Cannot assign string to reference held by property A::$f of type float
float(2.55)
string(1) "5"
string(1) "1"
Cannot assign array to reference held by property B::$name of type string
string(2) "42"
Cannot assign stdClass to reference held by property B::$name of type string
string(3) "3.5"
Cannot assign array to reference held by property B::$name of type string
array(0) {
}
array(1) {
  [0]=>
  int(1)
}
Cannot assign float to reference held by property A::$i of type int
int(9223372036854775807)
Cannot increment a reference held by property A::$i of type int past its maximal value
Cannot decrement a reference held by property A::$i of type int past its minimal value
int(-9223372036854775808)

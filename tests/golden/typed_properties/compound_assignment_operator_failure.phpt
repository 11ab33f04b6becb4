--TEST--
op= on typed properties, typed static properties and typed references whose operator fails: php stores the failed result converted by the type (0, 0.0, "", false) or keeps the value
--FILE--
<?php
class C { public int $n = 5; public ?string $s = "a"; public float $f = 1.5; public $u = 3; }
$c = new C;
try { $c->n += "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($c->n);
try { $c->u += "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($c->u);
try { $c->f -= []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($c->f);
try { $c->s .= []; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($c->s);
$r = &$c->f;
$r = 2.5;
try { $r *= new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($c->f);
class S { public static int $k = 9; }
try { S::$k %= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
var_dump(S::$k);
try { S::$k += []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(S::$k);
class D { public bool $b = true; public ?array $a = [1]; public int|string $m = 4; public string $s = "s"; }
$d = new D;
try { $d->b += []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $d->a -= 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $d->m *= []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $d->s /= []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($d);
$e2 = new D;
$arr = [&$e2->m];
try { $arr[0] += []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$x = &$e2->s;
try { $x -= []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($e2->m, $e2->s);
$plain = 5;
try { $plain += []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($plain);
--EXPECTF--
Unsupported operand types: int + string
int(0)
Unsupported operand types: int + string
int(3)
Unsupported operand types: float - array
float(0)

Warning: Array to string conversion in %s on line 10
string(6) "aArray"
Unsupported operand types: float * stdClass
float(0)
Modulo by zero
int(0)
Unsupported operand types: int + array
int(0)
Unsupported operand types: bool + array
Unsupported operand types: array - int
Unsupported operand types: int * array
Unsupported operand types: string / array
object(D)#2 (4) {
  ["b"]=>
  bool(false)
  ["a"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["m"]=>
  int(0)
  ["s"]=>
  string(0) ""
}
Unsupported operand types: int + array
Unsupported operand types: string - array
int(0)
string(0) ""
Unsupported operand types: int + array
int(5)

--TEST--
Elements written into null or false held by typed references: auto-initialization refused unless every type admits an array; op= and ++ through elements and properties
--FILE--
<?php
class A { public ?int $n = null; public ?array $list = null; public int|false $f = false; public $plain; }
$a = new A;
$r = &$a->n;
try { $r[] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $r['k']['j'] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->n);
$l = &$a->list;
$l[] = 1;
$l['x'][] = 2;
var_dump($a->list);
$f = &$a->f;
try { $f[] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->f);
$a->n = 5;
$r++;
$r += 10;
try { $r .= "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->n);
$arr = [&$a->n];
$arr[0]++;
try { $arr[0] .= "y"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->n);
$a->plain = &$a->n;
$a->plain++;
try { $a->plain = "str"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->plain .= "str"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->n);
$a->n = PHP_INT_MAX;
try { $a->plain++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $arr[0]++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($a->n);
foreach ([1, "2", "three"] as $r) { var_dump($a->n); }
--EXITCODE--
255
--EXPECTF--
Cannot auto-initialize an array inside a reference held by property A::$n of type ?int
Cannot auto-initialize an array inside a reference held by property A::$n of type ?int
NULL
array(2) {
  [0]=>
  int(1)
  ["x"]=>
  array(1) {
    [0]=>
    int(2)
  }
}
Cannot auto-initialize an array inside a reference held by property A::$f of type int|false
bool(false)
Cannot assign string to reference held by property A::$n of type ?int
int(16)
Cannot assign string to reference held by property A::$n of type ?int
int(17)
Cannot assign string to reference held by property A::$n of type ?int
Cannot assign string to reference held by property A::$n of type ?int
int(18)
Cannot increment a reference held by property A::$n of type ?int past its maximal value
Cannot increment a reference held by property A::$n of type ?int past its maximal value
int(9223372036854775807)
int(1)
int(2)

Fatal error: Uncaught TypeError: Cannot assign string to reference held by property A::$n of type ?int in %s:33
Stack trace:
#0 {main}
  thrown in %s on line 33

--TEST--
foreach by reference over an object with typed properties: the loop variable checks its assignments
--FILE--
<?php
class P { public int $a = 1; public string $b = "x"; public ?float $c = null; public int $uninit; public $d = 4; }
$p = new P;
foreach ($p as $k => &$v) {
    echo "$k\n";
    try { $v = "9"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $v = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
unset($v);
var_dump($p);
foreach ($p as &$v) {}
$v = "last";
var_dump($p->d);
--EXPECT--
a
Cannot assign array to reference held by property P::$a of type int
b
Cannot assign array to reference held by property P::$b of type string
c
Cannot assign array to reference held by property P::$c of type ?float
d
object(P)#1 (4) {
  ["a"]=>
  int(9)
  ["b"]=>
  string(1) "9"
  ["c"]=>
  float(9)
  ["uninit"]=>
  uninitialized(int)
  ["d"]=>
  array(0) {
  }
}
string(4) "last"

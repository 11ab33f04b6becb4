--TEST--
list() and [] assigning to properties and static properties, by value and by reference, with property sources written through
--FILE--
<?php
class P { public $a; public $b; public $arr = [1, [2, 3]]; public static $s; public static $t = [7, 8]; }
class M { public function __get($n) { return [1]; } }
$p = new P;
$src = [1, 2];
[&$p->a, $p->b] = $src;
$x = [5, 6];
[&$p->a, &P::$s] = $x;
$x[0] = 50; $x[1] = 60;
var_dump($p->a, P::$s);
[P::$s, $p->b] = ['s', 'b'];
var_dump(P::$s, $p->b);
[$first, [&$second]] = $p->arr;
$second = 'changed';
[&$u, &$v] = $p->arr;
$u = 100;
var_dump($p->arr);
[$m, &$n] = P::$t;
$n = 80;
var_dump(P::$t);
[&$q] = $p->arr[1];
$q = 'q';
var_dump($p->arr[1]);
$mm = new M;
try { [&$mm->z] = $x; } catch (Error $e) { echo $e->getMessage(), "\n"; }
foreach ([[1, 2]] as [$p->a, P::$s]) {}
var_dump($p->a, P::$s);
[$p->undefined_dyn] = [1];
--EXPECTF--
int(50)
int(60)
string(1) "s"
string(1) "b"
array(2) {
  [0]=>
  &int(100)
  [1]=>
  &array(2) {
    [0]=>
    &string(7) "changed"
    [1]=>
    int(3)
  }
}
array(2) {
  [0]=>
  int(7)
  [1]=>
  &int(80)
}
array(2) {
  [0]=>
  &string(1) "q"
  [1]=>
  int(3)
}

Notice: Indirect modification of overloaded property M::$z has no effect in %s on line 25
Cannot assign by reference to overloaded object
int(1)
int(2)

Deprecated: Creation of dynamic property P::$undefined_dyn is deprecated in %s on line 28

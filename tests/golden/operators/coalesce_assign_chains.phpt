--TEST--
??= through chains of elements and properties: computed offsets and names evaluated once, a call base called again for the write, static properties
--FILE--
<?php
class D { public $p = [1]; }
$o = new D;
$o->p['k'] ??= 4;
$o->p['k'] ??= 5;
var_dump($o->p);
$s = new stdClass;
$s->a ??= 5;
try { $s->b->c ??= 6; } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($s);
$a = ['x' => new stdClass];
$a['x']->y ??= 1;
$a['x']->y ??= 2;
var_dump($a['x']);
function f() { echo "f\n"; static $d; return $d ??= new stdClass; }
f()->p ??= 9;
f()->p ??= 10;
var_dump(f()->p);
function k() { echo "k\n"; return 'kk'; }
$arr = [];
$arr[k()] ??= 1;
$t = new stdClass;
$t->{k()} ??= 2;
$t->{k()} ??= 3;
var_dump($arr, $t);
class A { public static $o; public static $list = []; }
A::$o = new stdClass;
A::$o->x ??= 1;
A::$o->x ??= 2;
A::$list['k'] ??= 3;
var_dump(A::$o, A::$list);
class C {
    public $items = [];
    public function add($k) { $this->items[$k]['count'] ??= 0; $this->items[$k]['count']++; return $this; }
}
var_dump((new C)->add('a')->add('a')->add('b')->items);
--EXPECT--
array(2) {
  [0]=>
  int(1)
  ["k"]=>
  int(4)
}
Attempt to assign property "c" on null
object(stdClass)#2 (2) {
  ["a"]=>
  int(5)
  ["b"]=>
  NULL
}
object(stdClass)#4 (1) {
  ["y"]=>
  int(1)
}
f
f
f
f
int(9)
k
k
k
array(1) {
  ["kk"]=>
  int(1)
}
object(stdClass)#6 (1) {
  ["kk"]=>
  int(2)
}
object(stdClass)#7 (1) {
  ["x"]=>
  int(1)
}
array(1) {
  ["k"]=>
  int(3)
}
array(2) {
  ["a"]=>
  array(1) {
    ["count"]=>
    int(2)
  }
  ["b"]=>
  array(1) {
    ["count"]=>
    int(1)
  }
}

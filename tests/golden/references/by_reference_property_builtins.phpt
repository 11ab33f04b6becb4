--TEST--
Array builtins taking a property by reference: array_push/pop/shift/unshift, end/reset, usort, array_splice, settype; list() into properties
--FILE--
<?php
class Stack {
    private array $items = [];
    public int $count = 0;
    public ?array $last = null;
    public function push($v) { array_push($this->items, $v); $this->count++; return $this; }
    public function pop() { $this->count--; return array_pop($this->items); }
    public function top() { return end($this->items); }
    public function first() { reset($this->items); return current($this->items); }
    public function shift() { return array_shift($this->items); }
    public function all() { return $this->items; }
}
$s = new Stack;
$s->push(1)->push(2)->push(3);
var_dump($s->pop(), $s->top(), $s->first(), $s->shift(), $s->count, $s->all());
class P { public $a; public $b; public $c = []; }
$p = new P;
[$p->a, $p->b] = [1, 2];
list('x' => $p->c['x'], 'y' => $p->c['y']) = ['x' => 'X', 'y' => 'Y'];
var_dump($p);
[$p->a, [$p->b, $p->c[]]] = [10, [20, 30]];
var_dump($p);
$arr = [[1, 2], [3, 4]];
foreach ($arr as [$p->a, $p->b]) { echo $p->a + $p->b, "\n"; }
$o = new stdClass;
$o->list = [5, 3, 9];
usort($o->list, fn($x, $y) => $x <=> $y);
var_dump($o->list);
array_splice($o->list, 1, 1);
var_dump($o->list);
settype($o->num, "integer");
var_dump($o->num);
$str = "a,b";
$o->parts = explode(",", $str);
array_unshift($o->parts, "z");
var_dump(implode("|", $o->parts));
--EXPECT--
int(3)
int(2)
int(1)
int(1)
int(2)
array(1) {
  [0]=>
  int(2)
}
object(P)#2 (3) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  array(2) {
    ["x"]=>
    string(1) "X"
    ["y"]=>
    string(1) "Y"
  }
}
object(P)#2 (3) {
  ["a"]=>
  int(10)
  ["b"]=>
  int(20)
  ["c"]=>
  array(3) {
    ["x"]=>
    string(1) "X"
    ["y"]=>
    string(1) "Y"
    [0]=>
    int(30)
  }
}
3
7
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(5)
  [2]=>
  int(9)
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(9)
}
int(0)
string(5) "z|a|b"

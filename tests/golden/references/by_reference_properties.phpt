--TEST--
Properties and static properties passed by reference: known callees (sort, functions) and unknown ones (methods, functions declared later), __get, readonly, temporaries
--FILE--
<?php
class M {
    private $data = ['x' => 1];
    public function __get($n) { echo "get $n\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "set $n\n"; $this->data[$n] = $v; }
}
class R { public function __construct(public readonly array $list = [3, 1]) {} }
class S { public static $items = [3, 2, 1]; public static $n = 0; }
class Box {
    public $items = ['b', 'a'];
    public $inner;
    public function bump(&$v) { $v++; }
    public function add(&$list, $v) { $list[] = $v; }
    public function peek($v) { return $v; }
    public function run() {
        $this->add($this->items, 'c');
        $this->bump(S::$n);
        $this->bump(S::$n);
        var_dump(S::$n, $this->peek(S::$items));
        $this->inner = new Box;
        $this->add($this->inner->items, 'z');
        $this->bump($this->counter);
        var_dump($this->counter);
        sort($this->inner->items);
        var_dump($this->inner->items, $this->items);
        $this->add($this->deep['a']['b'], 1);
        var_dump($this->deep);
    }
}
$b = new Box;
$b->run();
$m = new M;
function inc(&$v) { $v++; }
inc($m->x);
var_dump($m->x);
$m2 = new M;
$b->bump($m2->y);
$r = new R;
try { sort($r->list); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $b->add($r->list, 5); } catch (Error $e) { echo $e->getMessage(), "\n"; }
var_dump($r->list);
function mk() { $o = new Box; return $o; }
inc(mk()->items[0]);
$b->bump(mk()->n);
sort(S::$items);
var_dump(S::$items);
function later_ref(&$a) { $a = 'L'; }
$o = new stdClass;
later_ref($o->p);
var_dump($o);
$n = null;
try { inc($n->p); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $b->bump($n->p); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$b->peek($n->p);
$b->peek($o?->p);
echo "done\n";
--EXPECTF--
int(2)
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}

Deprecated: Creation of dynamic property Box::$counter is deprecated in %s on line 22
int(1)
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "z"
}
array(3) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "c"
}

Deprecated: Creation of dynamic property Box::$deep is deprecated in %s on line 26
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(1) {
      [0]=>
      int(1)
    }
  }
}
get x

Notice: Indirect modification of overloaded property M::$x has no effect in %s on line 34
get x
int(1)
get y

Notice: Indirect modification of overloaded property M::$y has no effect in %s on line 37
Cannot modify readonly property R::$list
Cannot modify readonly property R::$list
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(1)
}

Deprecated: Creation of dynamic property Box::$n is deprecated in %s on line 44
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
object(stdClass)#6 (1) {
  ["p"]=>
  string(1) "L"
}
Attempt to modify property "p" on null
Attempt to modify property "p" on null

Warning: Attempt to read property "p" on null in %s on line 54
done

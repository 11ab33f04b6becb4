--TEST--
Typed array and int properties through foreach by reference, array_walk, list() by reference, functions returning a property by reference, static and global variables bound to a property
--FILE--
<?php
class Bag {
    public array $items = [1, 2, 3];
    public int $total = 0;
    public function double() { foreach ($this->items as &$v) { $v *= 2; } unset($v); return $this; }
    public function walk() { array_walk($this->items, function (&$v, $k) { $v = $v + $k; }); return $this; }
}
$b = (new Bag)->double()->walk();
var_dump($b->items);
foreach ($b->items as &$v) {}
try { $b->items = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$w = &$b->items;
try { $w = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
[$one, &$two] = $b->items;
$two = 'two';
var_dump($b->items);
function &getRef(Bag $b) { return $b->total; }
$t = &getRef($b);
try { $t = "nope"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t = 9;
var_dump($b->total);
$copy = $b->items;
$copy[1] = 'changed';
var_dump($b->items[1]);
function g() { global $gb; $gb = new Bag; $r = &$gb->total; return $r; }
var_dump(g());
$s = static function () { static $cnt; global $gb; $cnt = &$gb->total; $cnt = "5"; };
$s();
var_dump($gb->total);
$arr = ['k' => &$gb->total];
$arr2 = $arr;
try { $arr2['k'] = []; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($gb->total);
--EXPECT--
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(5)
  [2]=>
  int(8)
}
Cannot assign string to property Bag::$items of type array
Cannot assign int to reference held by property Bag::$items of type array
array(3) {
  [0]=>
  int(2)
  [1]=>
  &string(3) "two"
  [2]=>
  &int(8)
}
Cannot assign string to reference held by property Bag::$total of type int
int(9)
string(7) "changed"
int(0)
int(5)
Cannot assign array to reference held by property Bag::$total of type int
int(5)

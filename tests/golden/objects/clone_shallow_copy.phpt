--TEST--
clone copies scalar and array properties but nested objects are shared between original and clone.
--FILE--
<?php
class Inner { public $v = 1; }
class Outer {
    public $n = 1;
    public $arr = [1, 2];
    public $obj;
    public function __construct() { $this->obj = new Inner; }
}
$a = new Outer;
$b = clone $a;
$b->n = 2;
$b->arr[] = 3;
$b->obj->v = 99;
var_dump($a->n, count($a->arr), $a->obj->v);
var_dump($a->obj === $b->obj);
var_dump($a === $b, $a == $b);
--EXPECT--
int(1)
int(2)
int(99)
bool(true)
bool(false)
bool(false)

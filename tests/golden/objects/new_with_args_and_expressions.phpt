--TEST--
new with arguments, a class name in a variable, and member access directly on a new expression.
--FILE--
<?php
class Point {
    public function __construct(public $x = 0, public $y = 0) {}
    public function sum() { return $this->x + $this->y; }
}
echo (new Point(2, 3))->sum(), "\n";
echo (new Point)->sum(), "\n";
echo (new Point(5))->x, "\n";
$cls = 'Point';
$p = new $cls(7, 8);
echo $p->sum(), "\n";
$q = new $p(1, 1);
echo get_class($q), " ", $q->sum(), "\n";
$arr = ['cls' => 'Point'];
$r = new $arr['cls'](4, 4);
echo $r->sum(), "\n";
--EXPECT--
5
0
5
15
Point 2
8

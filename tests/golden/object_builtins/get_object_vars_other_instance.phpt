--TEST--
A method may read the private properties of another instance of its class.
--FILE--
<?php
class Point {
    private $x;
    private $y;
    public function __construct($x, $y) { $this->x = $x; $this->y = $y; }
    public function of($other) { return get_object_vars($other); }
}
$a = new Point(1, 2);
$b = new Point(3, 4);
var_dump($a->of($b));
--EXPECT--
array(2) {
  ["x"]=>
  int(3)
  ["y"]=>
  int(4)
}

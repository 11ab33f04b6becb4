--TEST--
Promoted constructor properties are ordinary declared properties for get_object_vars, casts, foreach and clone.
--FILE--
<?php
class P {
    public function __construct(public int $x = 1, protected $y = 2, private $z = 3) {}
    public function inside() { return get_object_vars($this); }
}
$p = new P(5);
var_dump(get_object_vars($p), $p->inside());
foreach ((array) $p as $k => $v) {
    echo str_replace("\0", '~', $k), " => $v\n";
}
$c = clone $p;
$c->x = 6;
var_dump($p->x, $c->x, property_exists('P', 'z'));
--EXPECT--
array(1) {
  ["x"]=>
  int(5)
}
array(3) {
  ["x"]=>
  int(5)
  ["y"]=>
  int(2)
  ["z"]=>
  int(3)
}
x => 5
~*~y => 2
~P~z => 3
int(5)
int(6)
bool(true)

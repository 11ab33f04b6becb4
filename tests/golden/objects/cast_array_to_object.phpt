--TEST--
(object) on an array gives a stdClass with the array's keys as properties, numeric keys included.
--FILE--
<?php
$o = (object)['a' => 1, 'b' => [2, 3], 5 => 'five'];
var_dump($o);
echo $o->a, "\n";
echo $o->{'5'}, "\n";
var_dump(isset($o->{5}));
$e = (object)[];
var_dump($e);
--EXPECT--
object(stdClass)#1 (3) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
  ["5"]=>
  string(4) "five"
}
1
five
bool(true)
object(stdClass)#2 (0) {
}

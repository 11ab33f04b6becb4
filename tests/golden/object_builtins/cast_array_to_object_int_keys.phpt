--TEST--
(object) of an array gives a stdClass; int keys become string property names.
--FILE--
<?php
$o = (object) ['a' => 1, 5 => 'five', 'x y' => 2, '' => 'empty', 'nested' => ['k' => 'v']];
var_dump($o);
var_dump($o->a, $o->{'5'}, $o->{5}, $o->{'x y'}, $o->nested['k']);
--EXPECT--
object(stdClass)#1 (5) {
  ["a"]=>
  int(1)
  ["5"]=>
  string(4) "five"
  ["x y"]=>
  int(2)
  [""]=>
  string(5) "empty"
  ["nested"]=>
  array(1) {
    ["k"]=>
    string(1) "v"
  }
}
int(1)
string(4) "five"
string(4) "five"
int(2)
string(1) "v"

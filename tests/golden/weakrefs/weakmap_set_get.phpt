--TEST--
WeakMap: $map[$obj] = v and $map[$obj] read back, overwriting a value
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass;
$b = new stdClass;
$m[$a] = 'first';
$m[$b] = [1, 2];
var_dump($m[$a], $m[$b]);
$m[$a] = 'second';
var_dump($m[$a]);
var_dump($m[$a] = 'third');
var_dump(count($m));
--EXPECT--
string(5) "first"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(6) "second"
string(5) "third"
int(2)

--TEST--
foreach by reference over an object whose variable comes to hold an array goes on over the array from its start.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = 2;
foreach ($o as $k => &$v) {
    echo "$k: $v\n";
    if ($v === 1) {
        $o = ['p', 'q'];
    }
}
var_dump($o);
--EXPECT--
a: 1
0: p
1: q
array(2) {
  [0]=>
  string(1) "p"
  [1]=>
  &string(1) "q"
}

--TEST--
foreach by reference over an array whose variable comes to hold an object goes on over the object's properties.
--FILE--
<?php
$b = [1, 2, 3];
foreach ($b as $k => &$v) {
    echo "$k: $v\n";
    if ($v === 1) {
        $b = new stdClass;
        $b->x = 'X';
        $b->y = 'Y';
    }
}
var_dump($b);
--EXPECT--
0: 1
x: X
y: Y
object(stdClass)#1 (2) {
  ["x"]=>
  string(1) "X"
  ["y"]=>
  &string(1) "Y"
}

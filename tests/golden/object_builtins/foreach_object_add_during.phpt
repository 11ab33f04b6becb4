--TEST--
A property added during foreach by value is reached; one unset before its turn is skipped.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = 2;
$o->c = 3;
foreach ($o as $k => $v) {
    echo "$k=$v\n";
    if ($k === 'a') {
        unset($o->b);
        $o->d = 4;
    }
}
var_dump($o);
--EXPECT--
a=1
c=3
d=4
object(stdClass)#1 (3) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
  ["d"]=>
  int(4)
}

--TEST--
Reassigning the variable inside foreach by value keeps iterating the original object.
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = 2;
foreach ($o as $k => $v) {
    echo "$k=$v\n";
    $o = null;
}
var_dump($o);
--EXPECT--
a=1
b=2
NULL

--TEST--
foreach by value over an object reads each property when it gets there.
--FILE--
<?php
class A { public $a = 1; public $b = 2; }
$o = new A;
foreach ($o as $k => $v) {
    echo "$k=$v\n";
    $o->b = 'updated';
}
--EXPECT--
a=1
b=updated

--TEST--
The clone takes the handle a freed object left on the free list.
--FILE--
<?php
$a = new stdClass;
$tmp1 = new stdClass;
$tmp2 = new stdClass;
unset($tmp1);
unset($tmp2);
$b = clone $a;
$c = clone $a;
var_dump($b, $c);
--EXPECT--
object(stdClass)#3 (0) {
}
object(stdClass)#2 (0) {
}

--TEST--
Reading an undefined variable warns and gives null
--FILE--
<?php
echo $x;
var_dump($y);
echo "still running\n";
--EXPECTF--
Warning: Undefined variable $x in %s on line 2

Warning: Undefined variable $y in %s on line 3
NULL
still running

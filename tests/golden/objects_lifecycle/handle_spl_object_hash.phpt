--TEST--
spl_object_hash of a new object repeats the hash of the freed object whose handle it reuses
--FILE--
<?php
class H {}
$a = new H;
$ha = spl_object_hash($a);
echo strlen($ha), "\n";
$b = new H;
var_dump($ha === spl_object_hash($b));
unset($a);
$c = new H;
var_dump($ha === spl_object_hash($c));
--EXPECT--
32
bool(false)
bool(true)

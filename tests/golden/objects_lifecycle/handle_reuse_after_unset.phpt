--TEST--
a freed object's handle is given to the next object created
--FILE--
<?php
class H {}
$a = new H;
$b = new H;
echo spl_object_id($a), " ", spl_object_id($b), "\n";
unset($a);
$c = new H;
echo "c gets ", spl_object_id($c), "\n";
$d = new H;
echo "d gets ", spl_object_id($d), "\n";
--EXPECT--
1 2
c gets 1
d gets 3

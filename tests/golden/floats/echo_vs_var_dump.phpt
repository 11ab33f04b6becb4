--TEST--
echo uses precision 14, var_dump the shortest round-trip form
--FILE--
<?php
$x = 0.1 + 0.2;
echo $x, "\n";
var_dump($x);
echo 1/3, "\n";
var_dump(1/3);
--EXPECT--
0.3
float(0.30000000000000004)
0.33333333333333
float(0.3333333333333333)

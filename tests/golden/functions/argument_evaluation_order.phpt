--TEST--
Arguments are evaluated before the call, left to right
--FILE--
<?php
function show($a, $b) { echo "show($a, $b)\n"; }
$i = 1;
show($i++, $i++);
show($i, $i = 10);
--EXPECT--
show(1, 2)
show(3, 10)

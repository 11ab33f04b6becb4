--TEST--
returning by reference from a void function is deprecated (at compile time)
--FILE--
<?php
echo "start\n";
function &f(): void { echo "f\n"; }
--EXPECTF--
Deprecated: Returning by reference from a void function is deprecated in %s on line 3
start

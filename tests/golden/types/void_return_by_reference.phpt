--TEST--
returning by reference from a void function is deprecated
--FILE--
<?php
function &f(): void { echo "f\n"; }
f();
--EXPECTF--
Deprecated: Returning by reference from a void function is deprecated in %s on line 2
f

Notice: Only variable references should be returned by reference in %s on line 2

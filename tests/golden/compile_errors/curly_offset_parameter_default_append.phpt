--TEST--
Reading $a[] in a default is refused before the expression is judged
--FILE--
<?php
function f($a = 1, $b = $x[]) {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use [] for reading in %s on line 2

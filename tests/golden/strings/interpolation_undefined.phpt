--TEST--
Interpolating an undefined variable warns and inserts nothing
--FILE--
<?php
echo "[$missing]\n";
--EXPECTF--
Warning: Undefined variable $missing in %s on line 2
[]

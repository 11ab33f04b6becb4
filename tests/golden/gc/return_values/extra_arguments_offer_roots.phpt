--TEST--
Arguments beyond the declared parameters, released when the function returns, become possible roots
--FILE--
<?php
function f($a) { return func_num_args(); }
$o = new stdClass; $p = new stdClass; $q = [1]; $q[] = 2;
echo f($o, $p, $q), "\n";
echo gc_status()['roots'], "\n";
--EXPECT--
3
3

--TEST--
array_merge_recursive into an array that contains itself
--FILE--
<?php
$a = ['x' => [1]];
$a['x']['self'] = &$a['x'];
$m = array_merge_recursive($a, $a);
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught Error: Recursion detected in %s:4
Stack trace:
#0 %s(4): array_merge_recursive(Array, Array)
#1 {main}
  thrown in %s on line 4

--TEST--
?T return types accept null
--FILE--
<?php
function find(array $a, $k): ?string { return $a[$k] ?? null; }
var_dump(find(['x' => 'y'], 'x'));
var_dump(find([], 'x'));
function bad(): ?int { return "z"; }
bad();
--EXITCODE--
255
--EXPECTF--
string(1) "y"
NULL

Fatal error: Uncaught TypeError: bad(): Return value must be of type ?int, string returned in %s:5
Stack trace:
#0 %s(6): bad()
#1 {main}
  thrown in %s on line 5

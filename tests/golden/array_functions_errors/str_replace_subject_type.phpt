--TEST--
argument check: str_replace("a", "b", new_array_func());
--FILE--
<?php
str_replace("a", "b", new_array_func());
function new_array_func() { return 1.5; }
echo "ok\n";
str_replace([], "b", [[]]);
--EXPECTF--
ok

Warning: Array to string conversion in %s on line 5

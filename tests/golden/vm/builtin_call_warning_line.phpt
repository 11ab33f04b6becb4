--TEST--
A warning raised inside a builtin names the line of the call
--FILE--
<?php
$s = sprintf(
    "%d %d",
    1
);
var_dump($s);
echo round(1.2345, 2), " ",
    str_repeat("-",
        3), "\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: 3 arguments are required, 2 given in %s:2
Stack trace:
#0 %s(2): sprintf('%%d %%d', 1)
#1 {main}
  thrown in %s on line 2

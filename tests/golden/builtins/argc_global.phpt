--TEST--
$argc is a global of the main script, not visible in functions
--FILE--
<?php
var_dump($argc);
function count_arguments() {
    return $argc;
}
var_dump(count_arguments());
$argc = $argc + 10;
echo $argc, "\n";
--EXPECTF--
int(1)

Warning: Undefined variable $argc in %s on line 4
NULL
11

--TEST--
A curly offset in a parameter default is refused on the declaration line
--FILE--
<?php
function f(
    $a = 1,
    $b = "xy"{0}
) {
    return $b;
}
echo f();
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 2

--TEST--
A curly offset inside a function body stops the whole script
--FILE--
<?php
echo "never printed\n";
function first($s) {
    return $s{0};
}
echo first("abc");
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 4

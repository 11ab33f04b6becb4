--TEST--
In a case label even a chain's container is refused
--FILE--
<?php
$s = "abc";
switch (1) {
    case $s{0}[1]:
        echo "one";
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Array and string offset access syntax with curly braces is no longer supported in %s on line 3

--TEST--
A case label holding __LINE__ becomes a literal on the switch line
--FILE--
<?php
switch ($undefined) {
    case 1:
        echo "one\n";
    case
        __LINE__
    :
        echo "line\n";
    default:
        echo __LINE__, "\n";
}
--EXPECTF--
Warning: Undefined variable $undefined in %s on line 3

Warning: Undefined variable $undefined in %s on line 2
10

--TEST--
An undefined variable as the subject of a switch with a jump table warns once per case compared
--FILE--
<?php
switch ($nothing) {
    case "a": echo "a\n"; break;
    case "b": echo "b\n"; break;
    default: echo "default\n";
}
switch ($none) {
    case 1: echo "1\n"; break;
    case 2: echo "2\n"; break;
    case 3: echo "3\n"; break;
    case 4: echo "4\n"; break;
}
echo "end\n";
--EXPECTF--
Warning: Undefined variable $nothing in %s on line 3

Warning: Undefined variable $nothing in %s on line 4
default

Warning: Undefined variable $none in %s on line 8

Warning: Undefined variable $none in %s on line 9

Warning: Undefined variable $none in %s on line 10

Warning: Undefined variable $none in %s on line 11
end

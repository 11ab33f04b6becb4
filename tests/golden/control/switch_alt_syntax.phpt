--TEST--
switch: ... endswitch; and case with a semicolon
--FILE--
<?php
$x = 2;
switch ($x):
    case 1;
        echo "one\n";
        break;
    case 2;
        echo "two\n";
        break;
endswitch;
--EXPECT--
two

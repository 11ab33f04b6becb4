--TEST--
switch (true) with string cases tests each case's truth, whatever jump table it has
--FILE--
<?php
$x = 5;
switch (true) {
    case "": echo "empty\n"; break;
    case "0": echo "zero\n"; break;
    case "yes": echo "yes\n"; break;
    default: echo "default\n";
}
--EXPECT--
yes

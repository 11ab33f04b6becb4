--TEST--
default may come before the cases and still only runs when nothing matches
--FILE--
<?php
function pick($v) {
    switch ($v) {
        default: echo "default "; 
        case "a": echo "a "; break;
        case "b": echo "b "; break;
    }
    echo "\n";
}
pick("b");
pick("z");
--EXPECT--
b 
default a

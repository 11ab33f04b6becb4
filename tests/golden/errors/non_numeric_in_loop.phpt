--TEST--
Warnings repeat with each line number
--FILE--
<?php
for ($i = 0; $i < 2; $i++) {
    echo "3 dogs" + $i, "\n";
}
--EXPECTF--
Warning: A non-numeric value encountered in %s on line 3
3

Warning: A non-numeric value encountered in %s on line 3
4

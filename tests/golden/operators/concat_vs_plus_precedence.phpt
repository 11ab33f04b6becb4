--TEST--
Since PHP 8, + and - bind tighter than .
--FILE--
<?php
echo "sum: " . 1 + 2, "\n";
echo 1 + 2 . "3", "\n";
echo "3" . 4 - 1, "\n";
--EXPECT--
sum: 3
33
33

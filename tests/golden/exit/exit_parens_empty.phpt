--TEST--
exit() and die() with no argument
--FILE--
<?php
echo "x\n";
die();
--EXPECT--
x

--TEST--
The "... or die()" idiom
--FILE--
<?php
$ok = false;
$ok or die("failed\n");
echo "never\n";
--EXPECT--
failed

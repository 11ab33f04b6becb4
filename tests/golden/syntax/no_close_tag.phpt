--TEST--
A file may end inside PHP mode without ?>
--FILE--
<?php
echo "first\n";
echo "last\n";
--EXPECT--
first
last

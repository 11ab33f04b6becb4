--TEST--
?> inside a string literal does not leave PHP mode
--FILE--
<?php
echo "a ?> b\n";
echo 'c ?> d', "\n";
--EXPECT--
a ?> b
c ?> d

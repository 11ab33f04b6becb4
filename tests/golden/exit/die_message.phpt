--TEST--
die is an alias of exit
--FILE--
<?php
die("x");
--EXPECT--
x

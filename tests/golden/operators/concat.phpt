--TEST--
Concatenation converts every scalar to a string
--FILE--
<?php
var_dump("a" . 1 . 2.5 . true . false . null . -0.0 . 1e20 . 0.1);
$s = 1 . 2;
var_dump($s);
--EXPECT--
string(18) "a12.51-01.0E+200.1"
string(2) "12"

--TEST--
The variable name in "$ab" takes every name character
--FILE--
<?php
$a = "A";
echo "$ab|\n";
echo "{$a}b|\n";
echo "$a-b|$a b|$a\n";
--EXPECTF--
Warning: Undefined variable $ab in %s on line 3
|
Ab|
A-b|A b|A

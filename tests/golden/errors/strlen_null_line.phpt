--TEST--
strlen() is compiled to an opcode, so its deprecation reports the line of its argument, not of the name (miniphp reported line 3)
--FILE--
<?php
$n = null;
echo strlen(
    $n
), "\n";
--EXPECTF--
Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 4
0

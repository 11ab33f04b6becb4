--TEST--
An octal escape above \377 warns and wraps
--FILE--
<?php
$s = "\400\777";
var_dump(strlen($s), $s === "\0\377");
--EXPECTF--
Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2

Warning: Octal escape sequence overflow \777 is greater than \377 in %s on line 2
int(2)
bool(true)

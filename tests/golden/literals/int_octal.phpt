--TEST--
Octal literals: leading 0 and the 0o/0O prefix
--FILE--
<?php
var_dump(017, 0o17, 0O17, 0o0, 00, 0777);
--EXPECT--
int(15)
int(15)
int(15)
int(0)
int(0)
int(511)

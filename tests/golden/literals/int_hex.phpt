--TEST--
Hexadecimal literals, either case of x and digits
--FILE--
<?php
var_dump(0x1A, 0XFF, 0xff, 0x0, 0x7FFFFFFFFFFFFFFF);
--EXPECT--
int(26)
int(255)
int(255)
int(0)
int(9223372036854775807)

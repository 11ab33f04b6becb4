--TEST--
strlen counts bytes and coerces scalars
--FILE--
<?php
var_dump(strlen(""), strlen("abc"), strlen("\u{e9}"), strlen(12345), strlen(1.5), strlen(true), strlen(false));
var_dump(STRLEN("case"));
--EXPECT--
int(0)
int(3)
int(2)
int(5)
int(3)
int(1)
int(0)
int(4)

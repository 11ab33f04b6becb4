--TEST--
intval() with a string and a base beyond 32 bits returned 0; php passes the base to strtol as an int
--FILE--
<?php
var_dump(intval("42", 4294967306));
var_dump(intval("42", 4294967304));
var_dump(intval("0x1A", 4294967296));
var_dump(intval("0b11", 4294967298));
var_dump(intval("12", -4294967288));
var_dump(intval("12", 4294967297));
--EXPECT--
int(42)
int(34)
int(26)
int(0)
int(10)
int(0)

--TEST--
hexdec/bindec/octdec with prefixes, invalid characters and overflow to float
--FILE--
<?php
var_dump(hexdec("0xFF"), hexdec("ffffffffffffffff"), bindec("0b101"), bindec("12"), octdec("0o17"), octdec("789"));
var_dump(dechex(PHP_INT_MAX), decbin(-1), decoct(0), hexdec(""), chr(0) === "\0", ord("\xff"));
--EXPECTF--
Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2
int(255)
float(1.8446744073709552E+19)
int(5)
int(1)
int(15)
int(7)
string(16) "7fffffffffffffff"
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(1) "0"
int(0)
bool(true)
int(255)

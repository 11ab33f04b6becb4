--TEST--
& | ^ ~ on two strings work byte by byte
--FILE--
<?php
var_dump("12" & "10", "a" | "B", "AB" ^ "  ", "abc" & "ab");
var_dump("12" & 10);
--EXPECT--
string(2) "10"
string(1) "c"
string(2) "ab"
string(2) "ab"
int(8)

--TEST--
A negative numeric-string offset past the start of a string was reported after adding the length ("-2" for "-5")
--FILE--
<?php
$s = "abc";
var_dump($s["-5"]);
var_dump("$s[-9223372036854775808]");
var_dump($s[-4]);
--EXPECTF--
Warning: Uninitialized string offset -5 in %s on line 3
string(0) ""

Warning: Uninitialized string offset -9223372036854775808 in %s on line 4
string(0) ""

Warning: Uninitialized string offset -4 in %s on line 5
string(0) ""

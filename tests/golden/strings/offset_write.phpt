--TEST--
writing string offsets: replace, pad past the end, negative offsets, copies
--FILE--
<?php
$s = "abc";
$s[1] = "X";
var_dump($s);
$s[5] = "yz";
var_dump($s);
$s[-1] = "E";
var_dump($s);
$t = $s;
$t[0] = "Q";
var_dump($s, $t);
$s[1.7] = "f";
$s["2"] = "g";
$s[true] = 5;
$s[null] = 7.5;
var_dump($s);
$u = "lit";
$r = ($u[0] = "L");
var_dump($u, $r);
$s[-20] = "n";
var_dump($s);
$s["1x"] = "h";
var_dump($s);
--EXPECTF--
string(3) "aXc"

Warning: Only the first byte will be assigned to the string offset in %s on line 5
string(6) "aXc  y"
string(6) "aXc  E"
string(6) "aXc  E"
string(6) "QXc  E"

Warning: String offset cast occurred in %s on line 12

Warning: String offset cast occurred in %s on line 14

Warning: String offset cast occurred in %s on line 15

Warning: Only the first byte will be assigned to the string offset in %s on line 15
string(6) "75g  E"
string(3) "Lit"
string(1) "L"

Warning: Illegal string offset -20 in %s on line 20
string(6) "75g  E"

Warning: Illegal string offset "1x" in %s on line 22
string(6) "7hg  E"

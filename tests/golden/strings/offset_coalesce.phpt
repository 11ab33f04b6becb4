--TEST--
$s[$o] ?? default: quiet except for a trailing-data offset
--FILE--
<?php
function q($o) {
    $s = "abcdef";
    var_dump($s[$o] ?? "default");
}
q(1); q(-6); q(6); q(-7); q(1.5); q(true); q(null); q(" 2 "); q("1x"); q("1.0"); q(""); q("abc");
var_dump($nothing[0] ?? "no container");
$n = 5;
var_dump($n[0] ?? "int container");
$s = "ab";
var_dump($s[$undefined] ?? "x");
--EXPECTF--
string(1) "b"
string(1) "a"
string(7) "default"
string(7) "default"
string(1) "b"
string(1) "b"
string(1) "a"
string(1) "c"

Warning: Illegal string offset "1x" in %s on line 4
string(1) "b"
string(7) "default"
string(7) "default"
string(7) "default"
string(12) "no container"
string(13) "int container"

Warning: Undefined variable $undefined in %s on line 11
string(1) "a"

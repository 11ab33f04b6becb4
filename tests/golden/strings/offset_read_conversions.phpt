--TEST--
String offsets: which offset types are accepted, converted and warned about
--FILE--
<?php
function at($o) {
    $s = "abcdef";
    var_dump($s[$o]);
}
at(1); at(-1); at(1.5); at(-1.5); at(true); at(false); at(null);
at(" 1"); at("1 "); at(" -2 "); at("1x"); at("0x1"); at("-1x");
at(1e30); at(NAN); at(INF); at(PHP_INT_MAX); at(2.0);
$s = "abc";
var_dump($s[$undefined]);
at("1.0");
--EXITCODE--
255
--EXPECTF--
string(1) "b"
string(1) "f"

Warning: String offset cast occurred in %s on line 4
string(1) "b"

Warning: String offset cast occurred in %s on line 4
string(1) "f"

Warning: String offset cast occurred in %s on line 4
string(1) "b"

Warning: String offset cast occurred in %s on line 4
string(1) "a"

Warning: String offset cast occurred in %s on line 4
string(1) "a"
string(1) "b"
string(1) "b"
string(1) "e"

Warning: Illegal string offset "1x" in %s on line 4
string(1) "b"

Warning: Illegal string offset "0x1" in %s on line 4
string(1) "a"

Warning: Illegal string offset "-1x" in %s on line 4
string(1) "f"

Warning: String offset cast occurred in %s on line 4

Warning: Uninitialized string offset 5076964154930102272 in %s on line 4
string(0) ""

Warning: String offset cast occurred in %s on line 4
string(1) "a"

Warning: String offset cast occurred in %s on line 4
string(1) "a"

Warning: Uninitialized string offset 9223372036854775807 in %s on line 4
string(0) ""

Warning: String offset cast occurred in %s on line 4
string(1) "c"

Warning: Undefined variable $undefined in %s on line 10

Warning: String offset cast occurred in %s on line 10
string(1) "a"

Fatal error: Uncaught TypeError: Cannot access offset of type string on string in %s:4
Stack trace:
#0 %s(11): at('1.0')
#1 {main}
  thrown in %s on line 4

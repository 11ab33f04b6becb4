--TEST--
$_SESSION is a superglobal (php -n loads the session extension): read from a function, quiet under ??
--FILE--
<?php
function f() { var_dump($_SESSION); }
f();
var_dump($_SESSION ?? "none");
$_SESSION = ["a" => 1];
f();
function g() { var_dump($_SESSION["a"], $_SESSION["b"] ?? "no b", $_GET ?? "no get"); }
g();
--EXPECTF--
Warning: Undefined global variable $_SESSION in %s on line 2
NULL
string(4) "none"
array(1) {
  ["a"]=>
  int(1)
}
int(1)
string(4) "no b"
array(0) {
}

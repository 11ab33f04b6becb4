--TEST--
Superglobals assigned, op=, unset, bound by reference and referenced inside a function: the globals change, as php's auto globals
--FILE--
<?php
function f() {
    $_GET = ['replaced' => 1];
    $_POST .= 'x';
    $_COOKIE = [];
    unset($_FILES);
    $local = ['bound'];
    $_REQUEST = &$local;
    $local[] = 'after';
    $x = &$_SERVER;
    $x = 'server replaced';
    $GLOBALS['ref'] = &$local;
    try { $_ENV++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    $GLOBALS["cnt"] = 1; $cnt2 = 5;
}
f();
var_dump($_GET, $_POST, $_COOKIE, isset($_FILES), $_REQUEST, $_SERVER, $ref, is_array($_ENV), $cnt);
--EXPECTF--
Warning: Array to string conversion in %s on line 4
Cannot increment array
array(1) {
  ["replaced"]=>
  int(1)
}
string(6) "Arrayx"
array(0) {
}
bool(false)
array(2) {
  [0]=>
  string(5) "bound"
  [1]=>
  string(5) "after"
}
string(15) "server replaced"
array(2) {
  [0]=>
  string(5) "bound"
  [1]=>
  string(5) "after"
}
bool(true)
int(1)

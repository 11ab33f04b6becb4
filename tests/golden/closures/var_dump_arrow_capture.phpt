--TEST--
var_dump of an arrow function shows only the outer variables it actually uses
--FILE--
<?php
$used = "yes";
$unused = "no";
$f = fn($p) => $used . $p;
var_dump($f);
--EXPECT--
object(Closure)#1 (2) {
  ["static"]=>
  array(1) {
    ["used"]=>
    string(3) "yes"
  }
  ["parameter"]=>
  array(1) {
    ["$p"]=>
    string(10) "<required>"
  }
}

--TEST--
(object) on a scalar wraps it in a stdClass property named scalar; on null it gives an empty stdClass.
--FILE--
<?php
var_dump((object)42);
var_dump((object)"str");
var_dump((object)null);
var_dump((object)false);
$o = new stdClass;
var_dump((object)$o === $o);
--EXPECT--
object(stdClass)#1 (1) {
  ["scalar"]=>
  int(42)
}
object(stdClass)#1 (1) {
  ["scalar"]=>
  string(3) "str"
}
object(stdClass)#1 (0) {
}
object(stdClass)#1 (1) {
  ["scalar"]=>
  bool(false)
}
bool(true)

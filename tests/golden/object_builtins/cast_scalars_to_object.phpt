--TEST--
(object) of a scalar puts it in the property "scalar"; null gives an empty stdClass.
--FILE--
<?php
var_dump((object) 1, (object) 1.5, (object) 'text', (object) true, (object) null, (object) []);
--EXPECT--
object(stdClass)#1 (1) {
  ["scalar"]=>
  int(1)
}
object(stdClass)#2 (1) {
  ["scalar"]=>
  float(1.5)
}
object(stdClass)#3 (1) {
  ["scalar"]=>
  string(4) "text"
}
object(stdClass)#4 (1) {
  ["scalar"]=>
  bool(true)
}
object(stdClass)#5 (0) {
}
object(stdClass)#6 (0) {
}

--TEST--
A property that is a reference stays one in the result while something else shares it.
--FILE--
<?php
$value = 1;
$o = (object) ['ref' => &$value, 'plain' => 2];
$vars = get_object_vars($o);
$value = 99;
var_dump($vars);
--EXPECT--
array(2) {
  ["ref"]=>
  &int(99)
  ["plain"]=>
  int(2)
}

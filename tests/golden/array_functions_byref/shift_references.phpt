--TEST--
array_shift and array_pop return values, not references
--FILE--
<?php
$x = 'x';
$a = [&$x, 'y'];
$v = array_shift($a);
$v = 'changed';
var_dump($x, $a);
$a[0] = &$x;
$p = array_pop($a);
$p = 'again';
var_dump($x);
--EXPECT--
string(1) "x"
array(1) {
  [0]=>
  string(1) "y"
}
string(1) "x"

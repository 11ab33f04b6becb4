--TEST--
array_column reads through references
--FILE--
<?php
$x = ['id' => 5, 'v' => 'five'];
$rows = [&$x];
$c = array_column($rows, 'v', 'id');
var_dump($c);
$x['v'] = 'changed';
var_dump($c);
--EXPECT--
array(1) {
  [5]=>
  string(4) "five"
}
array(1) {
  [5]=>
  string(4) "five"
}

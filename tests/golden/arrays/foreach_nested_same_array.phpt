--TEST--
nested foreach over the same array, by value and by reference
--FILE--
<?php
$a = [1, 2];
foreach ($a as $x) {
    foreach ($a as $y) {
        echo "$x$y ";
    }
}
echo "\n";
foreach ($a as &$x) {
    foreach ($a as $y) {
        $x += $y;
    }
}
unset($x);
var_dump($a);
--EXPECT--
11 12 21 22 
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(12)
}

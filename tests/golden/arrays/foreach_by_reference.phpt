--TEST--
foreach by reference writes through; the last element stays a reference
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) {
    $v *= 2;
}
var_dump($a);
foreach ($a as $v) {}
var_dump($a);
$b = [1, 2, 3];
foreach ($b as $k => &$v2) {
    if ($k == 0) $b[] = 4;
    echo $v2, " ";
}
echo "\n";
unset($v2);
var_dump($b);
--EXPECT--
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  &int(6)
}
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  &int(4)
}
1 2 3 4 
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}

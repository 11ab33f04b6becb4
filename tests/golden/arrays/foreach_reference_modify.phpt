--TEST--
foreach by reference sees elements added and removed during the loop
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as $k => &$v) {
    if ($k == 0) { unset($a[1]); }
    if ($k == 2) { $a[] = 4; }
    echo "$k=$v ";
}
echo "\n";
unset($v);
var_dump($a);
--EXPECT--
0=1 2=3 3=4 
array(3) {
  [0]=>
  int(1)
  [2]=>
  int(3)
  [3]=>
  int(4)
}

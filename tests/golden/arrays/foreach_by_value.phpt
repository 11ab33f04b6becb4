--TEST--
foreach by value iterates a snapshot; keys; nested; break and continue
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as $v) {
    $a[] = $v * 10;
    echo $v, " ";
}
echo "\n";
var_dump($a);
foreach (["x" => 1, "y" => 2] as $k => $v) echo "$k:$v\n";
foreach ([[1, 2], [3, 4]] as $row) {
    foreach ($row as $cell) {
        if ($cell == 2) continue;
        if ($cell == 4) break 2;
        echo $cell, "\n";
    }
}
foreach ([] as $v) echo "never\n";
$n = null;
foreach ($n as $v) echo "never\n";
foreach (5 as $v) echo "never\n";
foreach ("str" as $v) echo "never\n";
echo "done\n";
--EXPECTF--
1 2 3 
array(6) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(10)
  [4]=>
  int(20)
  [5]=>
  int(30)
}
x:1
y:2
1
3

Warning: foreach() argument must be of type array|object, null given in %s on line 19

Warning: foreach() argument must be of type array|object, int given in %s on line 20

Warning: foreach() argument must be of type array|object, string given in %s on line 21
done

--TEST--
foreach by value over a variable modified inside iterates the original
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as $k => $v) {
    unset($a[$k + 1]);
    $a["new$k"] = $v;
    echo "$k=$v ";
}
echo "\n";
var_dump($a);
--EXPECT--
0=1 1=2 2=3 
array(4) {
  [0]=>
  int(1)
  ["new0"]=>
  int(1)
  ["new1"]=>
  int(2)
  ["new2"]=>
  int(3)
}

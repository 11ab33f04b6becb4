--TEST--
print_r with return keeps smart_str's buffer, var_export trims it
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
$a = [1, 2, 3]; $m = memory_get_usage(); var_dump($a); delta("var_dump arr", $m); $m = memory_get_usage(); print_r($a); delta("print_r arr", $m); $m = memory_get_usage(); $s = print_r($a, true); delta("print_r ret", $m); $m = memory_get_usage(); $t = var_export($a, true); delta("var_export ret", $m);

--EXPECT--
start
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
var_dump arr: 0
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
print_r arr: 0
print_r ret: 256
var_export ret: 80

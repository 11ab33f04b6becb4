--TEST--
writes create arrays in null and undefined variables, at any depth
--FILE--
<?php
$a[1]["x"][] = 5;
$a[1]["x"][] = 6;
$a[2] = [];
$a[2][][] = 7;
var_dump($a);
$n = null;
$n["k"] = 1;
var_dump($n);
$u["a"]["b"]["c"] = "deep";
print_r($u);
--EXPECT--
array(2) {
  [1]=>
  array(1) {
    ["x"]=>
    array(2) {
      [0]=>
      int(5)
      [1]=>
      int(6)
    }
  }
  [2]=>
  array(1) {
    [0]=>
    array(1) {
      [0]=>
      int(7)
    }
  }
}
array(1) {
  ["k"]=>
  int(1)
}
Array
(
    [a] => Array
        (
            [b] => Array
                (
                    [c] => deep
                )

        )

)

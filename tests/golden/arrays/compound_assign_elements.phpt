--TEST--
.=, +=, ++ and -- on elements, missing ones warn
--FILE--
<?php
$a = [0 => "x", "n" => 5];
$a[0] .= "y";
$a["n"] += 10;
$a["n"]++;
++$a["n"];
$a["n"]--;
$a["m"] .= "new";
$a["p"]++;
$a["q"]--;
$a["r"] += 3;
var_dump($a);
$z = null;
$z["k"] .= "v";
var_dump($z);
$w[1][2] *= 3;
var_dump($w);
--EXPECTF--
Warning: Undefined array key "m" in %s on line 8

Warning: Undefined array key "p" in %s on line 9

Warning: Undefined array key "q" in %s on line 10

Warning: Undefined array key "r" in %s on line 11
array(6) {
  [0]=>
  string(2) "xy"
  ["n"]=>
  int(16)
  ["m"]=>
  string(3) "new"
  ["p"]=>
  int(1)
  ["q"]=>
  NULL
  ["r"]=>
  int(3)
}

Warning: Undefined array key "k" in %s on line 14
array(1) {
  ["k"]=>
  string(1) "v"
}

Warning: Undefined variable $w in %s on line 16

Warning: Undefined array key 1 in %s on line 16

Warning: Undefined array key 2 in %s on line 16
array(1) {
  [1]=>
  array(1) {
    [2]=>
    int(0)
  }
}

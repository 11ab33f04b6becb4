--TEST--
every compound operator on array elements
--FILE--
<?php
$a = ["n" => 10, "s" => "ab", "f" => 1.5];
$a["n"] += 5; $a["n"] -= 2; $a["n"] *= 3; $a["n"] /= 2; $a["n"] %= 7; $a["n"] **= 2;
$a["s"] .= "cd";
$a["b"] = 6; $a["b"] &= 3; $a["b"] |= 8; $a["b"] ^= 1; $a["b"] <<= 2; $a["b"] >>= 1;
$a["f"] *= 2;
var_dump($a);
--EXPECTF--
Deprecated: Implicit conversion from float 19.5 to int loses precision in %s on line 3
array(4) {
  ["n"]=>
  int(25)
  ["s"]=>
  string(4) "abcd"
  ["f"]=>
  float(3)
  ["b"]=>
  int(22)
}

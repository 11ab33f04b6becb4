--TEST--
array keys: numeric strings become ints, other strings stay; floats, bools, null
--FILE--
<?php
$a = [];
$a["1"] = "a"; $a["01"] = "b"; $a["1.5"] = "c"; $a[" 1"] = "d"; $a["-1"] = "e"; $a["-0"] = "f";
$a[true] = "g"; $a[false] = "h"; $a[null] = "i"; $a[2.0] = "j"; $a[3.7] = "k"; $a["9223372036854775807"] = "l";
$a["9223372036854775808"] = "m"; $a["-9223372036854775808"] = "n"; $a[""] = "o"; $a["0x1"] = "p"; $a[-0.0] = "q";
var_dump($a);
var_dump($a[1], $a["1"], $a[1.9], $a[true]);
--EXPECTF--
Deprecated: Implicit conversion from float 3.7 to int loses precision in %s on line 4
array(14) {
  [1]=>
  string(1) "g"
  ["01"]=>
  string(1) "b"
  ["1.5"]=>
  string(1) "c"
  [" 1"]=>
  string(1) "d"
  [-1]=>
  string(1) "e"
  ["-0"]=>
  string(1) "f"
  [0]=>
  string(1) "q"
  [""]=>
  string(1) "o"
  [2]=>
  string(1) "j"
  [3]=>
  string(1) "k"
  [9223372036854775807]=>
  string(1) "l"
  ["9223372036854775808"]=>
  string(1) "m"
  [-9223372036854775808]=>
  string(1) "n"
  ["0x1"]=>
  string(1) "p"
}

Deprecated: Implicit conversion from float 1.9 to int loses precision in %s on line 7
string(1) "g"
string(1) "g"
string(1) "g"
string(1) "g"

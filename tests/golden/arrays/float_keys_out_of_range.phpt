--TEST--
float keys past the int range wrap as (int) does, with the deprecation
--FILE--
<?php
$a = [];
$a[1e20] = 1; $a[INF] = 2; $a[NAN] = 3; $a[-1e19] = 4; $a[0.5] = 5;
var_dump($a);
var_dump($a[1e20]);
--EXPECTF--
Deprecated: Implicit conversion from float 1.0E+20 to int loses precision in %s on line 3

Deprecated: Implicit conversion from float INF to int loses precision in %s on line 3

Deprecated: Implicit conversion from float NAN to int loses precision in %s on line 3

Deprecated: Implicit conversion from float -1.0E+19 to int loses precision in %s on line 3

Deprecated: Implicit conversion from float 0.5 to int loses precision in %s on line 3
array(3) {
  [7766279631452241920]=>
  int(1)
  [0]=>
  int(5)
  [8446744073709551616]=>
  int(4)
}

Deprecated: Implicit conversion from float 1.0E+20 to int loses precision in %s on line 5
int(1)

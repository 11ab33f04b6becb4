--TEST--
unset of an offset of an undefined variable warns about it
--FILE--
<?php
unset($undef[1]);
unset($undef2[1][2]);
$n = null;
unset($n[0]);
$f = false;
unset($f[0]);
var_dump($n, $f);
--EXPECTF--
Warning: Undefined variable $undef in %s on line 2

Warning: Undefined variable $undef2 in %s on line 3

Deprecated: Automatic conversion of false to array is deprecated in %s on line 7
NULL
bool(false)

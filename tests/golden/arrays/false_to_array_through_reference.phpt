--TEST--
php's nested fetches convert a false reached through a reference without the deprecation
--FILE--
<?php
$a = [false]; $a[0]["x"][1] = 1; echo "1\n";
$b = [false]; $b[0]["x"] = 1; echo "2\n";
$f = false; $r = &$f; $r["x"][1] = 1; echo "3\n";
$f2 = false; $c = [&$f2]; $c[0]["x"] = 1; echo "4\n";
$f3 = false; $d = [&$f3]; $d[0]["x"][2] = 1; echo "5\n";
$f4 = false; $e = [&$f4]; $e[0][] = 1; echo "6\n";
$f5 = false; $g = [&$f5]; $g[0]["x"] .= 1; echo "7\n";
--EXPECTF--
Deprecated: Automatic conversion of false to array is deprecated in %s on line 2
1

Deprecated: Automatic conversion of false to array is deprecated in %s on line 3
2
3

Deprecated: Automatic conversion of false to array is deprecated in %s on line 5
4
5

Deprecated: Automatic conversion of false to array is deprecated in %s on line 7
6

Deprecated: Automatic conversion of false to array is deprecated in %s on line 8

Warning: Undefined array key "x" in %s on line 8
7

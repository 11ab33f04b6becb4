--TEST--
implode with a separator, alone, and join
--FILE--
<?php
var_dump(implode(', ', ['a', 'b', 'c']));
var_dump(implode(['a', 'b']));
var_dump(implode('-', []));
var_dump(implode('-', ['only']));
var_dump(implode('', [1, 2, 3]));
var_dump(implode(' ', [1.5, -0.0, 1e100, true, false, null, 'x', -7, PHP_INT_MIN]));
var_dump(join('+', ['k' => 1, 'j' => 2]));
var_dump(implode(1, [2, 3]));
var_dump(implode('-', [[1], 'x']));
$s = 'x';
$s .= 'y';
$one = [$s];
debug_zval_dump(implode(',', $one));
var_dump(implode(',', [5]));
var_dump(implode(',', null ?? ['n']));
--EXPECTF--
string(7) "a, b, c"
string(2) "ab"
string(0) ""
string(4) "only"
string(3) "123"
string(45) "1.5 -0 1.0E+100 1   x -7 -9223372036854775808"
string(3) "1+2"
string(3) "213"

Warning: Array to string conversion in %s on line 10
string(7) "Array-x"
string(2) "xy" refcount(3)
string(1) "5"
string(1) "n"

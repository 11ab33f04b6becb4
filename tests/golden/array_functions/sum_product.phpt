--TEST--
array_sum and array_product with php 8.2's conversions
--FILE--
<?php
var_dump(array_sum([1, 2, 3]), array_sum([1, 2.5]), array_sum([]), array_product([]));
var_dump(array_sum(['3', '4.5', '1e2', true, null, false]));
var_dump(array_product(['2', 3, 0.5]));
var_dump(array_sum([PHP_INT_MAX, 1]), array_product([PHP_INT_MAX, 2]));
var_dump(array_sum([[1, 2], 3]), array_product([[2], 3]));
var_dump(array_sum(['12abc', 'abc']));
var_dump(array_product(['x']));
--EXPECT--
int(6)
float(3.5)
int(0)
int(1)
float(108.5)
float(3)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
int(3)
int(3)
int(12)
int(0)

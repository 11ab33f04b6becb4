--TEST--
array_is_list, array_key_first and array_key_last over holes and string keys
--FILE--
<?php
$a = [1, 2, 3];
unset($a[1]);
var_dump(array_is_list($a), array_key_first($a), array_key_last($a));
$a[] = 4;
var_dump(array_key_last($a));
var_dump(array_is_list([]), array_is_list([1 => 1]), array_is_list(['0' => 'a', '1' => 'b']));
var_dump(array_key_first([]), array_key_last(['k' => 1, -5 => 2]));
--EXPECT--
bool(false)
int(0)
int(2)
int(3)
bool(true)
bool(false)
bool(true)
NULL
int(-5)

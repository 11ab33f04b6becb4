--TEST--
array_key_exists and key_exists with every key type
--FILE--
<?php
$a = ['' => 'empty', 1 => 'one', '07' => 'str', 'x' => null];
var_dump(array_key_exists(null, $a), array_key_exists(1.7, $a), array_key_exists('1', $a), array_key_exists(true, $a));
var_dump(array_key_exists('07', $a), array_key_exists(7, $a), key_exists('x', $a), isset($a['x']));
--EXPECTF--
Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 3
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)

--TEST--
function_exists() knows builtins and user functions, in any case, with a leading backslash.
--FILE--
<?php
function my_helper() {}
var_dump(function_exists('strlen'), function_exists('STRLEN'), function_exists('\strlen'));
var_dump(function_exists('my_helper'), function_exists('My_Helper'), function_exists('missing_function'));
var_dump(function_exists('get_class'), function_exists(''));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)

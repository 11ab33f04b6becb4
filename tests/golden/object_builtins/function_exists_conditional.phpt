--TEST--
A function declared inside an if exists only after its declaration ran.
--FILE--
<?php
var_dump(function_exists('late'));
if (true) {
    function late() {}
}
var_dump(function_exists('late'));
--EXPECT--
bool(false)
bool(true)

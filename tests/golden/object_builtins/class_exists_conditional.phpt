--TEST--
A class declared inside an if exists only once its declaration has run.
--FILE--
<?php
var_dump(class_exists('Later'));
if (true) {
    class Later {}
}
var_dump(class_exists('Later'));
var_dump(class_exists('Hoisted'));
class Hoisted {}
--EXPECT--
bool(false)
bool(true)
bool(true)

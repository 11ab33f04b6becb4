--TEST--
class_exists() converts an int to a string name.
--FILE--
<?php
var_dump(class_exists(123));
--EXPECT--
bool(false)

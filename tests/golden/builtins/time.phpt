--TEST--
time() is an int timestamp that does not go backwards; it takes no argument
--FILE--
<?php
$t = time();
var_dump(is_int($t), $t > 1700000000, time() >= $t);
try {
    time(1);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
bool(true)
bool(true)
bool(true)
time() expects exactly 0 arguments, 1 given

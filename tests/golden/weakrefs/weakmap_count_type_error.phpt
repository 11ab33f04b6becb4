--TEST--
count() of other objects is still a TypeError
--FILE--
<?php
try {
    count(new stdClass);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(count(new WeakMap));
--EXPECT--
count(): Argument #1 ($value) must be of type Countable|array, stdClass given
int(0)

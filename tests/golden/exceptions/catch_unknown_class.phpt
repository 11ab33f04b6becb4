--TEST--
a catch naming a class that does not exist is simply skipped
--FILE--
<?php
try {
    try {
        throw new Exception("x");
    } catch (NoSuchClassAnywhere $e) {
        echo "impossible\n";
    }
} catch (Exception $e) {
    echo "outer caught: ", $e->getMessage(), "\n";
}
var_dump(class_exists('NoSuchClassAnywhere'));
--EXPECT--
outer caught: x
bool(false)

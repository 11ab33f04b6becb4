--TEST--
The Error for a private __clone can be caught; the original is untouched and no object is made.
--FILE--
<?php
class Singleton {
    private function __clone() {}
}
$s = new Singleton;
try {
    $copy = clone $s;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(isset($copy), spl_object_id(new stdClass));
--EXPECT--
Error: Call to private Singleton::__clone() from global scope
bool(false)
int(3)

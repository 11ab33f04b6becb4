--TEST--
first-class callable syntax on an undefined function throws Error when created
--FILE--
<?php
try {
    $f = undefined_thing(...);
    echo "created\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
class C {}
try {
    $m = (new C)->nope(...);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
Error: Call to undefined function undefined_thing()
Error: Call to undefined method C::nope()

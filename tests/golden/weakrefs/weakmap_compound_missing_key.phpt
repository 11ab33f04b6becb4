--TEST--
op= on a missing key: Cannot use object of type WeakMap as array, with the missing-key Error as previous
--FILE--
<?php
$m = new WeakMap;
$o = new stdClass;
try {
    $m[$o] .= 'x';
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    $p = $e->getPrevious();
    echo get_class($p), ": ", $p->getMessage(), "\n";
}
try {
    $m[1] += 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    $p = $e->getPrevious();
    echo get_class($p), ": ", $p->getMessage(), "\n";
}
--EXPECT--
Error: Cannot use object of type WeakMap as array
Error: Object stdClass#2 not contained in WeakMap
Error: Cannot use object of type WeakMap as array
TypeError: WeakMap key must be an object

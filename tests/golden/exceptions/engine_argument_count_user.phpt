--TEST--
calling a user function with too few arguments throws ArgumentCountError
--FILE--
<?php
function pair($a, $b) { return "$a-$b"; }
echo pair(1, 2), "\n";
try {
    pair(1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    var_dump($e instanceof TypeError);
}
echo pair(1, 2, 3), "\n";
class K { public function m($x, $y = 0, $z = 0) {} }
try {
    (new K)->m();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
1-2
ArgumentCountError: Too few arguments to function pair(), 1 passed in %s on line 5 and exactly 2 expected
bool(true)
1-2
Too few arguments to function K::m(), 0 passed in %s on line 13 and at least 1 expected

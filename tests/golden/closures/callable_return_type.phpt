--TEST--
callable and Closure as return types
--FILE--
<?php
function maker(): callable { return 'strtoupper'; }
function closureMaker(): Closure { return fn($x) => $x * 2; }
function badMaker(): Closure { return 'strtoupper'; }
echo maker()("abc"), "\n";
echo closureMaker()(21), "\n";
try {
    badMaker();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
ABC
42
badMaker(): Return value must be of type Closure, string returned

--TEST--
modifying a by-value captured variable inside the closure persists only within that call
--FILE--
<?php
$n = 10;
$f = function () use ($n) {
    $n++;
    return $n;
};
echo $f(), " ", $f(), " ", $n, "\n";
--EXPECT--
11 11 10

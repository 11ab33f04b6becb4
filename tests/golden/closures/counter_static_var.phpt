--TEST--
a static variable inside a closure persists between calls; each closure object created from the same code has its own copy
--FILE--
<?php
$next = function () {
    static $n = 0;
    return ++$n;
};
echo $next(), $next(), $next(), "\n";
function make() {
    return function () { static $calls = 0; return ++$calls; };
}
$x = make();
$y = make();
echo $x(), $x(), $y(), "\n";
--EXPECT--
123
121

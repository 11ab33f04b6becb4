--TEST--
an inner closure can only see variables the outer closure captured or defined
--FILE--
<?php
$outerVar = "outer";
$f = function () use ($outerVar) {
    $local = "local";
    return function () use ($outerVar, $local) {
        return "$outerVar + $local";
    };
};
echo $f()(), "\n";
$g = function () {
    return function () use ($outerVar) { return var_export($outerVar, true); };
};
echo $g()(), "\n";
--EXPECTF--
outer + local

Warning: Undefined variable $outerVar in %s on line 11
NULL

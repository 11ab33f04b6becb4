--TEST--
a Closure object has an __invoke method that calls it
--FILE--
<?php
$f = function ($a, $b) { return $a . $b; };
echo $f->__invoke("x", "y"), "\n";
var_dump(method_exists($f, '__invoke'));
echo call_user_func([$f, '__invoke'], "p", "q"), "\n";
--EXPECT--
xy
bool(true)
pq

--TEST--
closures created in a loop capture each iteration's value by value, but all share the final value by reference
--FILE--
<?php
$byVal = [];
$byRef = [];
for ($i = 0; $i < 3; $i++) {
    $byVal[] = function () use ($i) { return $i; };
    $byRef[] = function () use (&$i) { return $i; };
}
echo implode(",", array_map(fn($f) => $f(), $byVal)), "\n";
echo implode(",", array_map(fn($f) => $f(), $byRef)), "\n";
$arrows = [];
foreach (['a', 'b'] as $k) {
    $arrows[] = fn() => $k;
}
echo $arrows[0](), $arrows[1](), "\n";
--EXPECT--
0,1,2
3,3,3
ab

--TEST--
A cloned closure runs the same code with its own copy of the captured and static variables; a variable captured by reference stays shared.
--FILE--
<?php
$n = 1;
$shared = 10;
$counter = function () use ($n, &$shared) {
    static $calls = 0;
    $calls++;
    $shared++;
    return "$n/$calls/$shared";
};
echo $counter(), "\n";
$copy = clone $counter;
echo $copy(), " ", $copy(), "\n";
echo $counter(), "\n";
var_dump($copy === $counter, get_class($copy), $shared);
--EXPECT--
1/1/11
1/2/12 1/3/13
1/2/14
bool(false)
string(7) "Closure"
int(14)

<?php
// Many short user-function calls with default parameters and locals.
function add($a, $b = 1)
{
    $c = $a + $b;
    return $c;
}
function twice($x)
{
    return add(add($x), $x);
}
$v = 0;
for ($i = 0; $i < 9000000; $i++) {
    $v = twice($i) % 1000;
}
echo $v, "\n";

--TEST--
closures that close over an index act as simple iterators
--FILE--
<?php
function iterate(array $items) {
    $i = 0;
    return function () use ($items, &$i) {
        return $i < count($items) ? $items[$i++] : null;
    };
}
$next = iterate(['x', 'y', 'z']);
while (($v = $next()) !== null) {
    echo $v, "\n";
}
var_dump($next());
--EXPECT--
x
y
z
NULL

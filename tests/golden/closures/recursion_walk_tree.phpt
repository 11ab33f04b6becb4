--TEST--
a recursive closure walks a nested array and accumulates into a captured reference
--FILE--
<?php
$tree = ['a' => 1, 'b' => ['c' => 2, 'd' => ['e' => 3]], 'f' => 4];
$paths = [];
$walk = function (array $node, string $prefix) use (&$walk, &$paths) {
    foreach ($node as $k => $v) {
        if (is_array($v)) {
            $walk($v, "$prefix$k.");
        } else {
            $paths[] = "$prefix$k=$v";
        }
    }
};
$walk($tree, "");
echo implode(" ", $paths), "\n";
--EXPECT--
a=1 b.c=2 b.d.e=3 f=4

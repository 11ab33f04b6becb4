--TEST--
closures with by-reference parameters modify the caller's variables
--FILE--
<?php
$swap = function (&$a, &$b) { [$a, $b] = [$b, $a]; };
$x = "first";
$y = "second";
$swap($x, $y);
echo "$x $y\n";
$append = function (array &$list, $item) { $list[] = $item; return count($list); };
$items = [];
$append($items, "a");
echo $append($items, "b"), " ", implode(",", $items), "\n";
$arr = [1, 2, 3];
array_walk($arr, function (&$v) { $v = $v * $v; });
echo implode(",", $arr), "\n";
--EXPECT--
second first
2 a,b
1,4,9

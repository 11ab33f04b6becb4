--TEST--
vsprintf and vprintf take their values from an array, in its order
--FILE--
<?php
echo vsprintf("%d-%s-%05.1f\n", [1, "x", 2.25]);
var_dump(vprintf("%2\$s %1\$s\n", ["a", "b"]));
echo vsprintf("%s|%s\n", ["k" => "keyed", 5 => "order"]);
$r = 7;
echo vsprintf("%d %d\n", [&$r, [1]]);
echo vsprintf("no values\n", []);
--EXPECT--
1-x-002.2
b a
int(4)
keyed|order
7 1
no values

--TEST--
references inside arrays are read through
--FILE--
<?php
$x = 5;
$a = ["k" => &$x, "l" => [&$x]];
$x = "changed";
echo json_encode($a), "\n";
$b = [1, 2];
$c = [&$b, &$b, $b];
echo json_encode($c), "\n";
$d = [[]];
$e = [&$d, &$d];
echo json_encode($e, JSON_PRETTY_PRINT), "\n";
foreach ($b as &$v) { $v *= 10; }
unset($v);
echo json_encode($b), "\n";
--EXPECT--
{"k":"changed","l":["changed"]}
[[1,2],[1,2],[1,2]]
[
    [
        []
    ],
    [
        []
    ]
]
[10,20]

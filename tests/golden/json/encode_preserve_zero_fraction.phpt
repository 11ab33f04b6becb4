--TEST--
JSON_PRESERVE_ZERO_FRACTION keeps .0 on integral floats
--FILE--
<?php
foreach ([1.0, -0.0, 0.0, 100.0, 1e15, 1e25, 1e-7, 2.5] as $f) {
    echo json_encode($f, JSON_PRESERVE_ZERO_FRACTION), " ", json_encode($f), "\n";
}
echo json_encode([1.0, [2.0, "3.0"]], JSON_PRESERVE_ZERO_FRACTION), "\n";
echo json_encode(["1.0", "10"], JSON_PRESERVE_ZERO_FRACTION | JSON_NUMERIC_CHECK), "\n";
--EXPECT--
1.0 1
-0.0 -0
0.0 0
100.0 100
1000000000000000.0 1000000000000000
1.0e+25 1.0e+25
1.0e-7 1.0e-7
2.5 2.5
[1.0,[2.0,"3.0"]]
[1.0,10]

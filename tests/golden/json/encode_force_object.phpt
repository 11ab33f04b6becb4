--TEST--
JSON_FORCE_OBJECT writes every array as an object
--FILE--
<?php
echo json_encode([], JSON_FORCE_OBJECT), "\n";
echo json_encode([1, 2, 3], JSON_FORCE_OBJECT), "\n";
echo json_encode([[], ["a"], ["k" => []]], JSON_FORCE_OBJECT), "\n";
echo json_encode([[], [[]]], JSON_FORCE_OBJECT | JSON_PRETTY_PRINT), "\n";
--EXPECT--
{}
{"0":1,"1":2,"2":3}
{"0":{},"1":{"0":"a"},"2":{"k":{}}}
{
    "0": {},
    "1": {
        "0": {}
    }
}

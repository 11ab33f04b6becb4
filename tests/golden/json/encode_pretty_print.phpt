--TEST--
JSON_PRETTY_PRINT: four spaces, empty arrays stay on one line
--FILE--
<?php
echo json_encode([], JSON_PRETTY_PRINT), "\n";
echo json_encode([1], JSON_PRETTY_PRINT), "\n";
echo json_encode(["a" => [], "b" => [[]], "c" => [1, [2, []]], "d" => ["x" => []], "e" => [[[[]]]]], JSON_PRETTY_PRINT), "\n";
echo json_encode([[], [], ["k" => "v", "l" => [true, null]]], JSON_PRETTY_PRINT), "\n";
echo json_encode(["key with \"quotes\"" => "v/w"], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
echo json_encode("scalar", JSON_PRETTY_PRINT), "\n";
--EXPECT--
[]
[
    1
]
{
    "a": [],
    "b": [
        []
    ],
    "c": [
        1,
        [
            2,
            []
        ]
    ],
    "d": {
        "x": []
    },
    "e": [
        [
            [
                []
            ]
        ]
    ]
}
[
    [],
    [],
    {
        "k": "v",
        "l": [
            true,
            null
        ]
    }
]
{
    "key with \"quotes\"": "v/w"
}
"scalar"

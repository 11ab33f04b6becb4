--TEST--
encode then decode gives the same arrays back
--FILE--
<?php
$values = [
    [],
    [1, 2.5, "three", true, false, null],
    ["nested" => ["list" => [1, [2, [3]]], "empty" => [], "map" => ["k" => "v"]]],
    ["unicode" => "é€😀\u{2028}", "escapes" => "\"\\/\n\t\x01", "zero" => "\x00"],
    [10 => "a", 20 => "b"],
    ["-5" => 1, "07" => 2, "" => 3],
    [0.1 + 0.2, -0.0, 1e100, PHP_INT_MAX, PHP_INT_MIN],
];
foreach ([0, JSON_PRETTY_PRINT, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES, JSON_PRESERVE_ZERO_FRACTION, JSON_HEX_TAG | JSON_HEX_QUOT] as $flags) {
    foreach ($values as $v) {
        $json = json_encode($v, $flags);
        $back = json_decode($json, true);
        var_dump($back === $v);
        if ($back !== $v) { var_dump($json, $back); }
    }
}
echo json_encode(json_decode("{\"a\":[1,{\"b\":null}],\"c\":{}}", true)), "\n";
echo json_encode(json_decode("[1.0,2.50,-0.0,1E2]")), "\n";
echo json_encode(json_decode("[1.0,2.50,-0.0,1E2]"), JSON_PRESERVE_ZERO_FRACTION), "\n";
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(74) "[0.30000000000000004,-0,1.0e+100,9223372036854775807,-9223372036854775808]"
array(5) {
  [0]=>
  float(0.30000000000000004)
  [1]=>
  int(0)
  [2]=>
  float(1.0E+100)
  [3]=>
  int(9223372036854775807)
  [4]=>
  int(-9223372036854775808)
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(100) "[
    0.30000000000000004,
    -0,
    1.0e+100,
    9223372036854775807,
    -9223372036854775808
]"
array(5) {
  [0]=>
  float(0.30000000000000004)
  [1]=>
  int(0)
  [2]=>
  float(1.0E+100)
  [3]=>
  int(9223372036854775807)
  [4]=>
  int(-9223372036854775808)
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(74) "[0.30000000000000004,-0,1.0e+100,9223372036854775807,-9223372036854775808]"
array(5) {
  [0]=>
  float(0.30000000000000004)
  [1]=>
  int(0)
  [2]=>
  float(1.0E+100)
  [3]=>
  int(9223372036854775807)
  [4]=>
  int(-9223372036854775808)
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
string(74) "[0.30000000000000004,-0,1.0e+100,9223372036854775807,-9223372036854775808]"
array(5) {
  [0]=>
  float(0.30000000000000004)
  [1]=>
  int(0)
  [2]=>
  float(1.0E+100)
  [3]=>
  int(9223372036854775807)
  [4]=>
  int(-9223372036854775808)
}
{"a":[1,{"b":null}],"c":[]}
[1,2.5,-0,100]
[1.0,2.5,-0.0,100.0]

--TEST--
arrays are JSON lists only when their keys are 0..n-1 in order
--FILE--
<?php
echo json_encode([]), "\n";
echo json_encode(["a", "b", "c"]), "\n";
echo json_encode([1 => "a", 2 => "b"]), "\n";
echo json_encode([0 => "a", 2 => "b"]), "\n";
echo json_encode([1 => "b", 0 => "a"]), "\n";
echo json_encode(["x" => 1, "y" => [1, 2]]), "\n";
echo json_encode([3 => "a", "x" => "b", -5 => "c"]), "\n";
echo json_encode(["0" => "a", "1" => "b"]), "\n";
$h = ["a", "b", "c"];
unset($h[2]);
echo json_encode($h), "\n";
unset($h[0]);
echo json_encode($h), "\n";
$h = ["a", "b", "c"];
unset($h[1]);
echo json_encode($h), "\n";
$h[] = "d";
echo json_encode($h), "\n";
--EXPECT--
[]
["a","b","c"]
{"1":"a","2":"b"}
{"0":"a","2":"b"}
{"1":"b","0":"a"}
{"x":1,"y":[1,2]}
{"3":"a","x":"b","-5":"c"}
["a","b"]
["a","b"]
{"1":"b"}
{"0":"a","2":"c"}
{"0":"a","2":"c","3":"d"}

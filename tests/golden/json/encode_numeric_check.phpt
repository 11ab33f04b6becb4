--TEST--
JSON_NUMERIC_CHECK writes numeric strings as numbers, not keys
--FILE--
<?php
echo json_encode(["1", "-0", "1.5", "1e3", " 12", "12 ", "1.0", "0x1A", "abc", "1e999", "", ".5", "5.", "1_000", "-.5e-3",
                  "9223372036854775807", "9223372036854775808", "0012"], JSON_NUMERIC_CHECK), "\n";
echo json_encode(["12" => "34", "a" => "5.50"], JSON_NUMERIC_CHECK), "\n";
echo json_encode("42", JSON_NUMERIC_CHECK), "\n";
--EXPECT--
[1,0,1.5,1000,12,12,1,"0x1A","abc","1e999","",0.5,5,"1_000",-0.0005,9223372036854775807,9.223372036854776e+18,12]
{"12":34,"a":5.5}
42

--TEST--
JSON_BIGINT_AS_STRING keeps integers that do not fit as strings
--FILE--
<?php
var_dump(json_decode("12345678901234567890", false, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode("-9223372036854775809", false, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode("9223372036854775807", false, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode("[1e30, 12345678901234567890.5, 98765432109876543210]", true, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode("{12345678901234567890: 1}", true, 512, JSON_BIGINT_AS_STRING));
--EXPECT--
string(20) "12345678901234567890"
string(20) "-9223372036854775809"
int(9223372036854775807)
array(3) {
  [0]=>
  float(1.0E+30)
  [1]=>
  float(1.2345678901234567E+19)
  [2]=>
  string(20) "98765432109876543210"
}
array(1) {
  ["12345678901234567890"]=>
  int(1)
}

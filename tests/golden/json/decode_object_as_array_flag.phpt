--TEST--
JSON_OBJECT_AS_ARRAY applies when $associative is null; true forces arrays
--FILE--
<?php
var_dump(json_decode("{\"a\":{\"b\":[]}}", null, 512, JSON_OBJECT_AS_ARRAY));
var_dump(json_decode("{\"a\":1}", true, 512, 0));
var_dump(json_decode("[{\"a\":1}]", true, 512, JSON_BIGINT_AS_STRING));
var_dump(json_decode("[1,{\"x\":2}]", 1));
var_dump(json_decode("[\"no objects\"]", false));
var_dump(json_decode("[\"no objects\"]", null));
--EXPECT--
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(0) {
    }
  }
}
array(1) {
  ["a"]=>
  int(1)
}
array(1) {
  [0]=>
  array(1) {
    ["a"]=>
    int(1)
  }
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    ["x"]=>
    int(2)
  }
}
array(1) {
  [0]=>
  string(10) "no objects"
}
array(1) {
  [0]=>
  string(10) "no objects"
}

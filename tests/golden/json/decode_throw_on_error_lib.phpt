--TEST--
JSON_THROW_ON_ERROR in json_decode: an uncaught JsonException
--FILE--
<?php
var_dump(json_decode("[1]", true, 512, JSON_THROW_ON_ERROR));
json_decode("{\"a\":1]", true, 512, JSON_THROW_ON_ERROR);
--EXITCODE--
255
--EXPECTF--
array(1) {
  [0]=>
  int(1)
}

Fatal error: Uncaught JsonException: State mismatch (invalid or malformed JSON) in %s:3
Stack trace:
#0 %s(3): json_decode('{"a":1]', true, 512, 4194304)
#1 {main}
  thrown in %s on line 3

--TEST--
json_decode with JSON_THROW_ON_ERROR throws JsonException with a code
--FILE--
<?php
try {
    json_decode("{bad json", false, 512, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    echo get_class($e), ": ", $e->getMessage(), " (code ", $e->getCode(), ")\n";
    var_dump($e->getCode() === JSON_ERROR_SYNTAX);
}
var_dump(json_decode("[1]", true, 512, JSON_THROW_ON_ERROR));
--EXPECT--
JsonException: Syntax error (code 4)
bool(true)
array(1) {
  [0]=>
  int(1)
}

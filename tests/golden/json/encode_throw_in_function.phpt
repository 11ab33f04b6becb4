--TEST--
a JsonException from json_encode inside a function shows the call chain
--FILE--
<?php
function to_json($value) {
    return json_encode($value, JSON_THROW_ON_ERROR | JSON_PRETTY_PRINT);
}
echo to_json(["a" => 1]), "\n";
to_json(["bad" => "\xff"]);
--EXITCODE--
255
--EXPECTF--
{
    "a": 1
}

Fatal error: Uncaught JsonException: Malformed UTF-8 characters, possibly incorrectly encoded in %s:3
Stack trace:
#0 %s(3): json_encode(Array, 4194432)
#1 %s(6): to_json(Array)
#2 {main}
  thrown in %s on line 3

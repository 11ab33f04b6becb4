--TEST--
json_decode("") with JSON_THROW_ON_ERROR throws Syntax error
--FILE--
<?php
function parse($text) {
    return json_decode($text, true, 512, JSON_THROW_ON_ERROR);
}
parse("");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught JsonException: Syntax error in %s:3
Stack trace:
#0 %s(3): json_decode('', true, 512, 4194304)
#1 %s(5): parse('')
#2 {main}
  thrown in %s on line 3

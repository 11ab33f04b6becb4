--TEST--
an uncaught exception with previous exceptions prints the whole chain, each with Next
--FILE--
<?php
function parse($s) {
    throw new JsonException("Syntax error", 4);
}
function loadConfig($path) {
    try {
        parse("{");
    } catch (JsonException $e) {
        throw new RuntimeException("cannot load $path", 1, $e);
    }
}
loadConfig("app.json");
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught JsonException: Syntax error in %s:3
Stack trace:
#0 %s(7): parse('{')
#1 %s(12): loadConfig('app.json')
#2 {main}

Next RuntimeException: cannot load app.json in %s:9
Stack trace:
#0 %s(12): loadConfig('app.json')
#1 {main}
  thrown in %s on line 9

--TEST--
getTraceAsString renders int, float, string, null, bool, array and object arguments
--FILE--
<?php
class Point {}
function deep(...$args) { throw new Exception("x"); }
function call() {
    deep(1, -2.5, "str", null, true, false, [1, 2], new Point, "0123456789abcdefghijk");
}
try {
    call();
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
--EXPECTF--
#0 %s(5): deep(1, -2.5, 'str', NULL, true, false, Array, Object(Point), '0123456789abcde...')
#1 %s(8): call()
#2 {main}

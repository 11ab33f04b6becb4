--TEST--
__toString of a chained exception prints the previous ones first, joined by Next
--FILE--
<?php
function a() { throw new InvalidArgumentException("root cause"); }
function b() {
    try {
        a();
    } catch (Exception $e) {
        throw new RuntimeException("wrapper", 3, $e);
    }
}
try {
    b();
} catch (Exception $e) {
    echo $e, "\n";
}
--EXPECTF--
InvalidArgumentException: root cause in %s:2
Stack trace:
#0 %s(5): a()
#1 %s(11): b()
#2 {main}

Next RuntimeException: wrapper in %s:7
Stack trace:
#0 %s(11): b()
#1 {main}

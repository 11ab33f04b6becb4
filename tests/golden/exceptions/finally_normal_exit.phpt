--TEST--
finally runs after a try block that completes normally, before the following code
--FILE--
<?php
function f() {
    try {
        echo "try\n";
    } catch (Exception $e) {
        echo "catch\n";
    } finally {
        echo "finally\n";
    }
    echo "after\n";
}
f();
try {
    echo "try without catch\n";
} finally {
    echo "finally without catch\n";
}
--EXPECT--
try
finally
after
try without catch
finally without catch

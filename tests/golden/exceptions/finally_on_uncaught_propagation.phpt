--TEST--
finally blocks run while an exception propagates through frames without a matching catch
--FILE--
<?php
function inner() {
    try {
        throw new RuntimeException("escaping");
    } finally {
        echo "inner finally\n";
    }
}
function middle() {
    try {
        inner();
        echo "not reached\n";
    } catch (LogicException $e) {
        echo "wrong catch\n";
    } finally {
        echo "middle finally\n";
    }
}
try {
    middle();
} catch (RuntimeException $e) {
    echo "top caught ", $e->getMessage(), "\n";
}
--EXPECT--
inner finally
middle finally
top caught escaping

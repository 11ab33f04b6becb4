--TEST--
when a catch block throws, the finally of the same try still runs before the new exception propagates
--FILE--
<?php
function f() {
    try {
        throw new Exception("a");
    } catch (Exception $e) {
        echo "catch a\n";
        throw new RuntimeException("b");
    } finally {
        echo "finally\n";
    }
    echo "never\n";
}
try {
    f();
} catch (RuntimeException $e) {
    echo "outer caught ", $e->getMessage(), "\n";
    var_dump($e->getPrevious());
}
--EXPECT--
catch a
finally
outer caught b
NULL

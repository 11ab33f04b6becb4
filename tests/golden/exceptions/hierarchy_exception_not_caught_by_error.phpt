--TEST--
catch (Error) does not catch an Exception, and catch (Exception) does not catch an Error
--FILE--
<?php
function f($e) {
    try {
        try {
            throw $e;
        } catch (Error $x) {
            echo "inner Error catch: ", get_class($x), "\n";
        }
    } catch (Exception $x) {
        echo "outer Exception catch: ", get_class($x), "\n";
    }
}
f(new RuntimeException("a"));
f(new TypeError("b"));
try {
    try {
        throw new Error("c");
    } catch (Exception $x) {
        echo "never\n";
    }
} catch (Throwable $t) {
    echo "Throwable catch: ", get_class($t), " ", $t->getMessage(), "\n";
}
--EXPECT--
outer Exception catch: RuntimeException
inner Error catch: TypeError
Throwable catch: Error c

--TEST--
an exception thrown in finally cancels a pending return from try
--FILE--
<?php
function f() {
    try {
        echo "returning\n";
        return "value";
    } finally {
        throw new Exception("finally threw");
    }
}
try {
    var_dump(f());
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
    var_dump($e->getPrevious());
}
--EXPECT--
returning
caught: finally threw
NULL

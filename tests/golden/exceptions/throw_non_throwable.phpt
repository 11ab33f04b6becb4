--TEST--
throwing something that is not a Throwable is an Error
--FILE--
<?php
try {
    throw new stdClass();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $x = "Exception";
    throw $x;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    throw null;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
Error: Cannot throw objects that do not implement Throwable
Error: Can only throw objects
Error: Can only throw objects

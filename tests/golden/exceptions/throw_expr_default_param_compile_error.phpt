--TEST--
throw in a default parameter value is rejected at compile time as a non-constant expression
--FILE--
<?php
function need($x = throw new ArgumentCountError("x is required")) {
    return "got $x";
}
echo need(1), "\n";
try {
    echo need(), "\n";
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXITCODE--
255
--EXPECTF--
Fatal error: Constant expression contains invalid operations in %s on line 2

--TEST--
calling an undefined function throws Error, catchable, with the name as written
--FILE--
<?php
try {
    no_such_function(1, 2);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$name = "Also_Missing";
try {
    $name();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "still running\n";
--EXPECT--
Error: Call to undefined function no_such_function()
Error: Call to undefined function Also_Missing()
still running

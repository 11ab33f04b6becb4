--TEST--
calling a builtin with too few or too many arguments throws ArgumentCountError
--FILE--
<?php
try {
    strlen();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
try {
    strlen("a", "b");
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
try {
    str_replace("a");
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
strlen() expects exactly 1 argument, 0 given
strlen() expects exactly 1 argument, 2 given
str_replace() expects at least 3 arguments, 1 given

--TEST--
a user function with a typed parameter throws TypeError for a wrong argument, with the call site in the message
--FILE--
<?php
function twice(int $n): int { return $n * 2; }
echo twice("21"), "\n";
try {
    twice("abc");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
    echo "line ", $e->getLine(), "\n";
}
function name(): string { return []; }
try {
    name();
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
42
twice(): Argument #1 ($n) must be of type int, string given, called in %s on line 5
line 2
name(): Return value must be of type string, array returned

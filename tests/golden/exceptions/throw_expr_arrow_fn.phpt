--TEST--
an arrow function whose body is a throw expression
--FILE--
<?php
$fail = fn(string $why) => throw new LogicException($why);
try {
    $fail("arrow failed");
} catch (LogicException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$pick = fn($x) => $x ?? throw new UnexpectedValueException("null given");
var_dump($pick(5));
try {
    $pick(null);
} catch (UnexpectedValueException $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
LogicException: arrow failed
int(5)
null given

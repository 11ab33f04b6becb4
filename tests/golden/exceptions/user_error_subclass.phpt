--TEST--
a user class can extend Error and TypeError and is caught as an Error
--FILE--
<?php
class MyError extends Error {}
class MyTypeError extends TypeError {
    public function __construct(public string $expected) {
        parent::__construct("expected $expected");
    }
}
try {
    throw new MyError("boom");
} catch (Exception $e) {
    echo "not here\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    throw new MyTypeError("int");
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), " (", $e->expected, ")\n";
}
--EXPECT--
MyError: boom
MyTypeError: expected int (int)

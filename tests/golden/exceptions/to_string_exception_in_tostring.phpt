--TEST--
an exception thrown from __toString propagates out of the string conversion
--FILE--
<?php
class Name {
    public function __toString(): string {
        throw new RuntimeException("cannot stringify");
    }
}
try {
    echo "Hello " . new Name() . "\n";
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
try {
    $s = strtoupper(new Name());
} catch (RuntimeException $e) {
    echo "caught in builtin arg: ", $e->getMessage(), "\n";
}
--EXPECT--
caught: cannot stringify
caught in builtin arg: cannot stringify

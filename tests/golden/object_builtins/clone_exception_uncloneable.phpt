--TEST--
Exceptions and errors cannot be cloned.
--FILE--
<?php
foreach ([new Exception('e'), new TypeError('t'), new InvalidArgumentException('i')] as $e) {
    try {
        $copy = clone $e;
    } catch (Error $error) {
        echo get_class($error), ': ', $error->getMessage(), "\n";
    }
}
--EXPECT--
Error: Trying to clone an uncloneable object of class Exception
Error: Trying to clone an uncloneable object of class TypeError
Error: Trying to clone an uncloneable object of class InvalidArgumentException

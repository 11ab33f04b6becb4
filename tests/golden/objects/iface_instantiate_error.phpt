--TEST--
Instantiating an interface is an Error.
--FILE--
<?php
interface I {}
try {
    new I;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
Cannot instantiate interface I

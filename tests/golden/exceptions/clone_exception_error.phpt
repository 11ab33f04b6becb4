--TEST--
exception objects cannot be cloned
--FILE--
<?php
$e = new Exception("original");
try {
    $copy = clone $e;
} catch (Error $err) {
    echo get_class($err), ": ", $err->getMessage(), "\n";
}
--EXPECT--
Error: Trying to clone an uncloneable object of class Exception

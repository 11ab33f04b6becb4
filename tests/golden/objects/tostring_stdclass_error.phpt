--TEST--
stdClass has no __toString, so string conversion is an Error.
--FILE--
<?php
$o = new stdClass;
try {
    $s = (string)$o;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
Object of class stdClass could not be converted to string

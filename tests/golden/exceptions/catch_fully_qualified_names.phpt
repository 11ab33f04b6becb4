--TEST--
catch clauses accept leading-backslash class names and are case-insensitive
--FILE--
<?php
try {
    throw new \InvalidArgumentException("fq");
} catch (\InvalidArgumentException $e) {
    echo "fq: ", $e->getMessage(), "\n";
}
try {
    throw new invalidargumentexception("lower");
} catch (INVALIDARGUMENTEXCEPTION $e) {
    echo "case: ", get_class($e), " ", $e->getMessage(), "\n";
}
--EXPECT--
fq: fq
case: InvalidArgumentException lower

--TEST--
wrapping an exception as previous of a new one and walking the chain
--FILE--
<?php
function load() {
    try {
        throw new JsonException("Syntax error", 4);
    } catch (JsonException $e) {
        throw new UnexpectedValueException("config unreadable", 1, $e);
    }
}
try {
    try {
        load();
    } catch (UnexpectedValueException $e) {
        throw new RuntimeException("startup failed", 2, $e);
    }
} catch (Exception $e) {
    for ($x = $e; $x !== null; $x = $x->getPrevious()) {
        echo get_class($x), "(", $x->getCode(), "): ", $x->getMessage(), "\n";
    }
}
--EXPECT--
RuntimeException(2): startup failed
UnexpectedValueException(1): config unreadable
JsonException(4): Syntax error

--TEST--
an exception thrown inside a catch block goes to the enclosing try, not to sibling catches
--FILE--
<?php
try {
    try {
        throw new InvalidArgumentException("first");
    } catch (InvalidArgumentException $e) {
        echo "caught first\n";
        throw new RuntimeException("second", 0, $e);
    } catch (RuntimeException $e) {
        echo "sibling catch (not reached)\n";
    }
} catch (RuntimeException $e) {
    echo "outer caught ", $e->getMessage(), " prev=", $e->getPrevious()->getMessage(), "\n";
}
--EXPECT--
caught first
outer caught second prev=first

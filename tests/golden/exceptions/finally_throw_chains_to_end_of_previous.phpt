--TEST--
a finally exception whose own previous is set gets the discarded one attached at the end of its chain
--FILE--
<?php
function f() {
    try {
        throw new RuntimeException("original");
    } finally {
        throw new LogicException("finally", 0, new DomainException("finally's cause"));
    }
}
try {
    f();
} catch (Exception $e) {
    for ($x = $e; $x; $x = $x->getPrevious()) {
        echo get_class($x), ": ", $x->getMessage(), "\n";
    }
}
--EXPECT--
LogicException: finally
DomainException: finally's cause
RuntimeException: original

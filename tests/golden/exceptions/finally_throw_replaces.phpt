--TEST--
an exception thrown in finally replaces the propagating one, which becomes its previous
--FILE--
<?php
function f() {
    try {
        throw new RuntimeException("original");
    } finally {
        throw new LogicException("from finally");
    }
}
try {
    f();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    $p = $e->getPrevious();
    echo "previous: ", get_class($p), ": ", $p->getMessage(), "\n";
    var_dump($p->getPrevious());
}
--EXPECT--
LogicException: from finally
previous: RuntimeException: original
NULL

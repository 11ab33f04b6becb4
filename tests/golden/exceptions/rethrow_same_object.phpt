--TEST--
rethrowing the caught object keeps its original line and trace
--FILE--
<?php
function work() {
    throw new RuntimeException("deep"); // line 3
}
function middle() {
    try {
        work();
    } catch (RuntimeException $e) {
        echo "middle saw it, rethrowing\n";
        throw $e; // line 10
    }
}
try {
    middle();
} catch (RuntimeException $e2) {
    echo $e2->getMessage(), " at line ", $e2->getLine(), "\n";
    echo count($e2->getTrace()), " frames; first function: ", $e2->getTrace()[0]['function'], "\n";
}
--EXPECT--
middle saw it, rethrowing
deep at line 3
2 frames; first function: work

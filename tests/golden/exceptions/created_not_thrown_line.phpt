--TEST--
an exception's line and trace are fixed where it was created, not where it is thrown
--FILE--
<?php
function factory($msg) {
    return new LogicException($msg);
}
$pending = [factory("one"), factory("two")];
function thrower($e) {
    throw $e;
}
foreach ($pending as $e) {
    try {
        thrower($e);
    } catch (LogicException $c) {
        echo $c->getMessage(), " line ", $c->getLine(), " trace[0]=", $c->getTrace()[0]['function'], "\n";
    }
}
--EXPECT--
one line 3 trace[0]=factory
two line 3 trace[0]=factory

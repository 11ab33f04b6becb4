--TEST--
casting an exception to string gives the class, message, location and stack trace
--FILE--
<?php
function thrower($x) {
    throw new DomainException("bad value $x", 5);
}
try {
    thrower("q");
} catch (Exception $e) {
    echo $e, "\n";
    echo "--\n";
    echo strlen((string)$e) === strlen($e->__toString()) ? "same\n" : "differ\n";
}
$e = new Exception();
echo "--\n", $e, "\n";
--EXPECTF--
DomainException: bad value q in %s:3
Stack trace:
#0 %s(6): thrower('q')
#1 {main}
--
same
--
Exception in %s:12
Stack trace:
#0 {main}

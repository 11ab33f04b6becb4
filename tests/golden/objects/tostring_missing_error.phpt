--TEST--
Converting an object without __toString to string is an Error.
--FILE--
<?php
class A {}
$a = new A;
try {
    echo "x" . $a;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
echo $a;
--EXITCODE--
255
--EXPECTF--
Object of class A could not be converted to string

Fatal error: Uncaught Error: Object of class A could not be converted to string in %s:9
Stack trace:
#0 {main}
  thrown in %s on line 9

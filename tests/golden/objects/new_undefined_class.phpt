--TEST--
Instantiating an undefined class is an Error 'Class "X" not found'.
--FILE--
<?php
try {
    new Nope();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
$name = 'AlsoMissing';
new $name;
--EXITCODE--
255
--EXPECTF--
Class "Nope" not found

Fatal error: Uncaught Error: Class "AlsoMissing" not found in %s:8
Stack trace:
#0 {main}
  thrown in %s on line 8

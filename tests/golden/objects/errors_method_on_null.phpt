--TEST--
Calling a method on null is an Error 'Call to a member function m() on null'.
--FILE--
<?php
$o = null;
try {
    $o->run();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
function find() { return null; }
find()->save();
--EXITCODE--
255
--EXPECTF--
Error: Call to a member function run() on null

Fatal error: Uncaught Error: Call to a member function save() on null in %s:9
Stack trace:
#0 {main}
  thrown in %s on line 9

--TEST--
set_exception_handler receives an uncaught exception; the script stops after the handler and exits with status 0
--FILE--
<?php
set_exception_handler(function (Throwable $t) {
    echo "handler: ", get_class($t), ": ", $t->getMessage(), "\n";
});
function f() { throw new RuntimeException("unhandled"); }
echo "start\n";
f();
echo "never printed\n";
--EXPECT--
start
handler: RuntimeException: unhandled

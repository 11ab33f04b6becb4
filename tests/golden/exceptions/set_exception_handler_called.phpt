--TEST--
set_exception_handler: the handler gets the uncaught exception, then shutdown functions and destructors run, exit status 0
--FILE--
<?php
class D { function __destruct() { echo "D\n"; } }
$d = new D;
$prev = set_exception_handler(function ($e) { echo "handler: ", $e->getMessage(), "\n"; });
var_dump($prev);
register_shutdown_function(fn() => print("shutdown\n"));
throw new Exception("oops");
--EXPECT--
NULL
handler: oops
shutdown
D

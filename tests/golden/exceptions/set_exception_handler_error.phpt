--TEST--
set_exception_handler also receives engine Errors such as DivisionByZeroError
--FILE--
<?php
set_exception_handler(function ($e) {
    echo get_class($e), " handled: ", $e->getMessage(), " on line ", $e->getLine(), "\n";
});
$zero = 0;
echo 10 % $zero;
--EXPECT--
DivisionByZeroError handled: Modulo by zero on line 6

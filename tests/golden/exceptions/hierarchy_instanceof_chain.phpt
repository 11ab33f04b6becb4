--TEST--
instanceof follows the whole ancestry of built-in exception classes
--FILE--
<?php
$e = new OutOfBoundsException("x");
var_dump($e instanceof OutOfBoundsException);
var_dump($e instanceof RuntimeException);
var_dump($e instanceof Exception);
var_dump($e instanceof Throwable);
var_dump($e instanceof LogicException);
var_dump($e instanceof OutOfRangeException);
$d = new DivisionByZeroError("y");
var_dump($d instanceof ArithmeticError);
var_dump($d instanceof Error);
var_dump($d instanceof Exception);
$a = new ArgumentCountError("z");
var_dump($a instanceof TypeError);
var_dump($a instanceof ValueError);
$j = new JsonException("j");
var_dump($j instanceof Exception, $j instanceof RuntimeException);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)

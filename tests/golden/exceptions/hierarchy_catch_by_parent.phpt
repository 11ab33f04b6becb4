--TEST--
a catch clause for a parent class catches SPL and Error subclasses
--FILE--
<?php
function thrower($c) { throw new $c("from $c"); }
foreach (['DomainException', 'LengthException', 'RangeException', 'OverflowException',
          'UnderflowException', 'UnexpectedValueException', 'InvalidArgumentException'] as $c) {
    try {
        thrower($c);
    } catch (LogicException $e) {
        echo "logic: ", $e->getMessage(), "\n";
    } catch (RuntimeException $e) {
        echo "runtime: ", $e->getMessage(), "\n";
    }
}
foreach (['TypeError', 'ArgumentCountError', 'DivisionByZeroError', 'ValueError'] as $c) {
    try {
        thrower($c);
    } catch (TypeError $e) {
        echo "type: ", get_class($e), "\n";
    } catch (Error $e) {
        echo "error: ", get_class($e), "\n";
    }
}
--EXPECT--
logic: from DomainException
logic: from LengthException
runtime: from RangeException
runtime: from OverflowException
runtime: from UnderflowException
runtime: from UnexpectedValueException
logic: from InvalidArgumentException
type: TypeError
type: ArgumentCountError
error: DivisionByZeroError
error: ValueError

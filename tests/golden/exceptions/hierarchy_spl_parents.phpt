--TEST--
each SPL exception class reports its parent class and is a Throwable
--FILE--
<?php
$classes = ['Exception', 'ErrorException', 'RuntimeException', 'LogicException',
    'InvalidArgumentException', 'DomainException', 'LengthException', 'OutOfRangeException',
    'OutOfBoundsException', 'RangeException', 'OverflowException', 'UnderflowException',
    'UnexpectedValueException', 'JsonException'];
foreach ($classes as $c) {
    $e = new $c("m");
    echo str_pad($c, 26), " parent=", var_export(get_parent_class($e), true),
        " throwable=", var_export($e instanceof Throwable, true),
        " error=", var_export($e instanceof Error, true), "\n";
}
--EXPECT--
Exception                  parent=false throwable=true error=false
ErrorException             parent='Exception' throwable=true error=false
RuntimeException           parent='Exception' throwable=true error=false
LogicException             parent='Exception' throwable=true error=false
InvalidArgumentException   parent='LogicException' throwable=true error=false
DomainException            parent='LogicException' throwable=true error=false
LengthException            parent='LogicException' throwable=true error=false
OutOfRangeException        parent='LogicException' throwable=true error=false
OutOfBoundsException       parent='RuntimeException' throwable=true error=false
RangeException             parent='RuntimeException' throwable=true error=false
OverflowException          parent='RuntimeException' throwable=true error=false
UnderflowException         parent='RuntimeException' throwable=true error=false
UnexpectedValueException   parent='RuntimeException' throwable=true error=false
JsonException              parent='Exception' throwable=true error=false

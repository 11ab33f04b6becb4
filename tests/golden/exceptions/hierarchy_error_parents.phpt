--TEST--
each Error subclass reports its parent class and is a Throwable but not an Exception
--FILE--
<?php
$classes = ['Error', 'TypeError', 'ValueError', 'ArgumentCountError', 'ArithmeticError',
    'DivisionByZeroError'];
foreach ($classes as $c) {
    $e = new $c("m");
    echo str_pad($c, 20), " parent=", var_export(get_parent_class($e), true),
        " throwable=", var_export($e instanceof Throwable, true),
        " exception=", var_export($e instanceof Exception, true), "\n";
}
--EXPECT--
Error                parent=false throwable=true exception=false
TypeError            parent='Error' throwable=true exception=false
ValueError           parent='Error' throwable=true exception=false
ArgumentCountError   parent='TypeError' throwable=true exception=false
ArithmeticError      parent='Error' throwable=true exception=false
DivisionByZeroError  parent='ArithmeticError' throwable=true exception=false

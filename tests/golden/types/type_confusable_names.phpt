--TEST--
integer, boolean, double and resource are read as class names, with a warning
--FILE--
<?php
function f(integer $a, boolean $b, double $c, resource $d) {}
echo "declared\n";
f(1, true, 1.5, null);
--EXITCODE--
255
--EXPECTF--
Warning: "integer" will be interpreted as a class name. Did you mean "int"? Write "\integer" to suppress this warning in %s on line 2

Warning: "boolean" will be interpreted as a class name. Did you mean "bool"? Write "\boolean" to suppress this warning in %s on line 2

Warning: "double" will be interpreted as a class name. Did you mean "float"? Write "\double" to suppress this warning in %s on line 2

Warning: "resource" is not a supported builtin type and will be interpreted as a class name. Write "\resource" to suppress this warning in %s on line 2
declared

Fatal error: Uncaught TypeError: f(): Argument #1 ($a) must be of type integer, int given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): f(1, true, 1.5, NULL)
#1 {main}
  thrown in %s on line 2

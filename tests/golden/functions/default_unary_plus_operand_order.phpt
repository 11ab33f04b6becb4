--TEST--
A default evaluated at run time computes +x as 0 + x, so the TypeError reads "int + string" (miniphp printed "string * int")
--FILE--
<?php
function f($p = +"x") {
    var_dump($p);
}
f();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Unsupported operand types: int + string in %s:2
Stack trace:
#0 %s(5): f()
#1 {main}
  thrown in %s on line 2

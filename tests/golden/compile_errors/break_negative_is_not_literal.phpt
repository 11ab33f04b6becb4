--TEST--
A negative depth is an expression, not a literal
--FILE--
<?php
while (true) {
    break -1;
}
--EXITCODE--
255
--EXPECTF--
Fatal error: 'break' operator with non-integer operand is no longer supported in %s on line 3

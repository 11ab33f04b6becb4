--TEST--
A constant or a magic constant depth is not a literal
--FILE--
<?php
while (true) {
    continue __LINE__;
}
--EXITCODE--
255
--EXPECTF--
Fatal error: 'continue' operator with non-integer operand is no longer supported in %s on line 3

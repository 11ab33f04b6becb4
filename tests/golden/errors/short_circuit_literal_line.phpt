--TEST--
`true || $d` is decided at compile time and $d is never compiled, so the following error keeps the line of `true` (miniphp reported line 3)
--FILE--
<?php
var_dump(~(true ||
    $d));
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Cannot perform bitwise not on bool in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2

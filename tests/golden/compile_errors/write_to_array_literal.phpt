--TEST--
writing to an offset of an array literal is a compile-time error
--FILE--
<?php
[1][0] = 2;
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use temporary expression in write context in %s on line 2

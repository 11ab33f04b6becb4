--TEST--
writing through an offset of a literal is a compile-time error
--FILE--
<?php
echo "never\n";
"abc"[0] = "x";
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use temporary expression in write context in %s on line 3

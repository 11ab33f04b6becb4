--TEST--
break outside a loop is a compile-time fatal error
--FILE--
<?php
echo "never\n";
break;
--EXITCODE--
255
--EXPECTF--
Fatal error: 'break' not in the 'loop' or 'switch' context in %s on line 3

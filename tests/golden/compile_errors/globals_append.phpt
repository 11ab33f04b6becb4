--TEST--
Appending to $GLOBALS (compile error)
--FILE--
<?php
echo "never printed\n";
$GLOBALS[] = 1;
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot append to $GLOBALS in %s on line 3

--TEST--
A reference to $GLOBALS (compile error)
--FILE--
<?php
echo "never printed\n";
$x = &$GLOBALS;
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot acquire reference to $GLOBALS in %s on line 3

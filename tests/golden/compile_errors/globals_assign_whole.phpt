--TEST--
$GLOBALS itself cannot be assigned (compile error)
--FILE--
<?php
echo "never printed\n";
$GLOBALS = [];
--EXITCODE--
255
--EXPECTF--
Fatal error: $GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax in %s on line 3

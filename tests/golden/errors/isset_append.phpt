--TEST--
isset($s[]) cannot read an append
--FILE--
<?php
echo "never printed\n";
var_dump(isset($s[]));
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot use [] for reading in %s on line 3

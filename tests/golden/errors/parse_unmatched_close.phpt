--TEST--
Parse error for an unmatched closing brace
--FILE--
<?php
echo 1;
}
--EXITCODE--
255
--EXPECTF--
Parse error: Unmatched '}' in %s on line 3

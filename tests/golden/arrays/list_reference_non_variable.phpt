--TEST--
a list() with references needs a variable on the right
--FILE--
<?php
[&$a] = [1, 2];
--EXITCODE--
255
--EXPECTF--
Fatal error: Cannot assign reference to non referenceable value in %s on line 2

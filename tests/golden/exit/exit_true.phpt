--TEST--
exit(true) prints 1 and exits 0
--FILE--
<?php
exit(true);
--EXPECT--
1

--TEST--
exit(3) sets the exit status and prints nothing
--FILE--
<?php
echo "before\n";
exit(3);
--EXITCODE--
3
--EXPECT--
before

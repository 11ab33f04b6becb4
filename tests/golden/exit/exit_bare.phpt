--TEST--
exit; stops the script with status 0
--FILE--
<?php
echo "a\n";
exit;
echo "b\n";
--EXPECT--
a

--TEST--
exit("msg") prints the message and exits 0
--FILE--
<?php
echo "a\n";
exit("bye\n");
echo "b\n";
--EXPECT--
a
bye

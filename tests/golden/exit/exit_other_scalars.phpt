--TEST--
exit with a float or bool prints it
--FILE--
<?php
echo "[";
exit(1.5);
--EXPECT--
[1.5

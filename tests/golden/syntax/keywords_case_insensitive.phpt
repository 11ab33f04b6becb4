--TEST--
Keywords and echo/print are case-insensitive
--FILE--
<?php
ECHO "a";
Print "b";
IF (TRUE) { echo "c"; } ELSE { echo "d"; }
$i = 0;
WHILE ($i < 2) { echo $i; $i++; }
echo "\n";
--EXPECT--
abc01

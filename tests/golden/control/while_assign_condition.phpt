--TEST--
An assignment as a loop condition
--FILE--
<?php
$i = 0;
while (($n = $i++) < 3) echo $n;
echo "\n";
--EXPECT--
012

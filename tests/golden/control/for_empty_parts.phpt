--TEST--
for(;;) with break; empty init and step
--FILE--
<?php
$i = 0;
for (;;) { if ($i >= 3) break; echo $i++; }
for (; $i < 6;) echo $i++;
echo "\n";
--EXPECT--
012345

--TEST--
for with comma lists; the last condition decides
--FILE--
<?php
for ($i = 0, $j = 10; $i < $j; $i += 3, $j -= 3) echo "$i-$j ";
echo "\n";
for ($k = 0; print("c"), $k < 2; $k++) echo $k;
echo "\n";
--EXPECT--
0-10 3-7 
c0c1c

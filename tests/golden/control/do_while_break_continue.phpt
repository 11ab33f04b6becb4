--TEST--
break and continue inside do-while
--FILE--
<?php
$i = 0;
do {
    $i++;
    if ($i == 2) continue;
    if ($i == 4) break;
    echo $i;
} while ($i < 10);
echo "\n";
--EXPECT--
13

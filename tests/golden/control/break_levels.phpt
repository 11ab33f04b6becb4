--TEST--
break N leaves N enclosing loops or switches
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) break;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
}
echo "\n";
while (true) { switch (1) { case 1: break 2; } }
echo "out\n";
--EXPECT--
00 10 
out

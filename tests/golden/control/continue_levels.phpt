--TEST--
continue N resumes the Nth enclosing loop
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        echo "$i$j ";
    }
    echo "never ";
}
echo "\n";
$k = 0;
while ($k < 5) { $k++; if ($k % 2) continue; echo $k; }
echo "\n";
--EXPECT--
00 10 20 
24

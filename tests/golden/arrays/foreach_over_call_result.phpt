--TEST--
foreach over the result of a function, by value and by reference
--FILE--
<?php
function gen($n) { $r = []; for ($i = 0; $i < $n; $i++) $r["k$i"] = $i; return $r; }
foreach (gen(3) as $k => $v) echo "$k=$v ";
echo "\n";
foreach (gen(2) as &$v) { $v *= 10; echo $v, " "; }
echo "\n";
foreach ([10, 20] as $i => $v) echo $i + $v, " ";
echo "\n";
--EXPECT--
k0=0 k1=1 k2=2 
0 10 
10 21

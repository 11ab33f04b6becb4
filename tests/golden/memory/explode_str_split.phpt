--TEST--
explode pieces at 32 + length, str_split pieces at 24 + length + 1
--FILE--
<?php
echo "start\n";
function delta($l, $b) { echo $l, ": ", memory_get_usage() - $b, "\n"; }
$m = memory_get_usage(); $a = explode(",", "a,bb,ccc,dddd"); delta("explode", $m); $m = memory_get_usage(); $b = str_split("abcdefgh", 3); delta("str_split", $m);

--EXPECT--
start
explode: 336
str_split: 312

--TEST--
the first non-empty output allocates 32 bytes that stay
--FILE--
<?php
$m = memory_get_usage(); echo ''; $a = memory_get_usage() - $m;
$m = memory_get_usage(); echo "x\n"; $b = memory_get_usage() - $m;
$m = memory_get_usage(); echo "y\n"; $c = memory_get_usage() - $m;
echo "$a $b $c\n";
--EXPECT--
x
y
0 32 0

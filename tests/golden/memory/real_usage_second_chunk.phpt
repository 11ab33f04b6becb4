--TEST--
filling the first chunk takes a second one, kept after freeing
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
$a = []; for ($i = 0; $i < 600; $i++) $a[] = str_repeat('x', 4000);
echo memory_get_usage(true), "\n";
$a = null; echo memory_get_usage(true), "\n";
$b = []; for ($i = 0; $i < 600; $i++) $b[] = str_repeat('x', 4000);
echo memory_get_usage(true), "\n";
--EXPECT--
start
4194304
4194304
4194304

--TEST--
str_repeat allocates 32 + length (zend_string_safe_alloc), small, large and huge
--FILE--
<?php
echo "start\n";
function delta(string $label, int $before): void { echo $label, ": ", memory_get_usage() - $before, "\n"; }
foreach ([1, 2, 8, 9, 100, 1000, 3040, 3041, 4064, 4065, 100000, 2093000, 3000000] as $n) {
    $m = memory_get_usage(); $s = str_repeat('a', $n); delta("repeat $n", $m); unset($s); delta('after unset', $m);
}
--EXPECT--
start
repeat 1: 80
after unset: 0
repeat 2: 80
after unset: 0
repeat 8: 80
after unset: 0
repeat 9: 88
after unset: 0
repeat 100: 200
after unset: 0
repeat 1000: 1320
after unset: 0
repeat 3040: 3112
after unset: 0
repeat 3041: 4136
after unset: 0
repeat 4064: 4136
after unset: 0
repeat 4065: 8232
after unset: 0
repeat 100000: 102440
after unset: 0
repeat 2093000: 2093096
after unset: 0
repeat 3000000: 3002432
after unset: 0

--TEST--
Self-referencing arrays dropped in a loop trigger automatic collections too
--FILE--
<?php
$last = 0;
for ($i = 0; $i < 25000; $i++) {
    $a = [$i];
    $a[] = &$a;
    unset($a);
    $s = gc_status();
    if ($s['runs'] != $last) { echo "i=$i runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n"; $last = $s['runs']; }
}
print_r(gc_status());
--EXPECT--
i=10000 runs=1 collected=10000 threshold=10001 roots=1
i=20000 runs=2 collected=20000 threshold=10001 roots=1
Array
(
    [runs] => 2
    [collected] => 20000
    [threshold] => 10001
    [roots] => 5000
)

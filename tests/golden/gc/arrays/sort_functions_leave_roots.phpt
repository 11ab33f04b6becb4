--TEST--
sort(), rsort(), asort(), arsort() and the user sorts leave the sorted array a possible root; ksort() and krsort() do not
--FILE--
<?php
foreach (['sort', 'rsort', 'asort', 'arsort', 'ksort', 'krsort', 'usort', 'uasort', 'uksort'] as $fn) {
    $before = gc_status()['roots'];
    $a = ['b' => 2, 'a' => 1]; $a['c'] = 3;
    if ($fn[0] == 'u') $fn($a, fn($x, $y) => $x <=> $y); else $fn($a);
    echo $fn, " +", gc_status()['roots'] - $before, "\n";
    unset($a);
}
--EXPECT--
sort +1
rsort +1
asort +1
arsort +1
ksort +0
krsort +0
usort +1
uasort +1
uksort +1

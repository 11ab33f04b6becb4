--TEST--
collected in gc_status() is the sum of the values returned by each call
--FILE--
<?php
class N { public $r; }
$total = 0;
for ($round = 1; $round <= 4; $round++) {
    for ($i = 0; $i < $round; $i++) { $o = new N; $o->r = $o; }
    unset($o);
    $got = gc_collect_cycles();
    $total += $got;
    echo "round $round: $got (sum $total) status ", gc_status()['collected'], "\n";
}
--EXPECT--
round 1: 1 (sum 1) status 1
round 2: 2 (sum 3) status 3
round 3: 3 (sum 6) status 6
round 4: 4 (sum 10) status 10

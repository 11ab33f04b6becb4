--TEST--
Self-loops dropped in a loop: the iteration at which the first automatic collection runs
--FILE--
<?php
class N { public $r; }
$last = 0;
for ($i = 0; $i < 10010; $i++) {
    $o = new N; $o->r = $o; $o = null;
    $s = gc_status();
    if ($i >= 9995 || $s['runs'] != $last) {
        echo "i=$i runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
        $last = $s['runs'];
    }
}
--EXPECT--
i=9995 runs=0 collected=0 threshold=10001 roots=9996
i=9996 runs=0 collected=0 threshold=10001 roots=9997
i=9997 runs=0 collected=0 threshold=10001 roots=9998
i=9998 runs=0 collected=0 threshold=10001 roots=9999
i=9999 runs=0 collected=0 threshold=10001 roots=10000
i=10000 runs=1 collected=10000 threshold=10001 roots=1
i=10001 runs=1 collected=10000 threshold=10001 roots=2
i=10002 runs=1 collected=10000 threshold=10001 roots=3
i=10003 runs=1 collected=10000 threshold=10001 roots=4
i=10004 runs=1 collected=10000 threshold=10001 roots=5
i=10005 runs=1 collected=10000 threshold=10001 roots=6
i=10006 runs=1 collected=10000 threshold=10001 roots=7
i=10007 runs=1 collected=10000 threshold=10001 roots=8
i=10008 runs=1 collected=10000 threshold=10001 roots=9
i=10009 runs=1 collected=10000 threshold=10001 roots=10

--TEST--
A raised threshold shrinks back by 10000 when an automatic run frees at least 100
--FILE--
<?php
class N { public $r; }
function st($label) { $s = gc_status(); echo "$label: runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n"; }
for ($i = 0; $i < 10001; $i++) { $o = new N; $keep[] = $o; }
$g = new N; $g->r = $g; $g = null;
st("raised");
$keep = null;
for ($i = 0; $i < 20001; $i++) { $g = new N; $g->r = $g; }
st("after garbage");
for ($i = 0; $i < 10001; $i++) { $g = new N; $g->r = $g; }
st("again");
--EXPECT--
raised: runs=1 collected=0 threshold=20001 roots=1
after garbage: runs=2 collected=19999 threshold=10001 roots=2
again: runs=3 collected=29999 threshold=10001 roots=3

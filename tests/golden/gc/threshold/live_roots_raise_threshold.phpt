--TEST--
10000 live roots: the automatic run frees less than 100, so the threshold grows to 20001
--FILE--
<?php
class N { public $r; }
function st($label) { $s = gc_status(); echo "$label: runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n"; }
for ($i = 0; $i < 10001; $i++) { $o = new N; $keep[] = $o; }
st("full");
$g = new N; $g->r = $g; $g = null;
st("auto run 1");
for ($i = 0; $i < 20000; $i++) { $g = new N; $g->r = $g; }
st("auto run 2");
--EXPECT--
full: runs=0 collected=0 threshold=10001 roots=10000
auto run 1: runs=1 collected=0 threshold=20001 roots=1
auto run 2: runs=1 collected=0 threshold=20001 roots=20000

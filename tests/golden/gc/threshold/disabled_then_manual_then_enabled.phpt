--TEST--
Roots keep accumulating while gc is disabled; manual collection; automatic runs resume after gc_enable()
--FILE--
<?php
class N { public $r; }
function st($label) { $s = gc_status(); echo "$label: runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n"; }
for ($i = 0; $i < 10001; $i++) { $o = new N; $keep[] = $o; }
$g = new N; $g->r = $g; $g = null;
for ($i = 0; $i < 20000; $i++) { $g = new N; $g->r = $g; }
st("auto run 2");
gc_disable(); for ($i = 0; $i < 30000; $i++) { $g = new N; $g->r = $g; } st("disabled");
echo gc_collect_cycles(), "\n"; st("manual");
gc_enable(); for ($i = 0; $i < 20001; $i++) { $g = new N; $g->r = $g; } st("auto run 3");
--EXPECT--
auto run 2: runs=1 collected=0 threshold=20001 roots=20000
disabled: runs=1 collected=0 threshold=20001 roots=50000
50000
manual: runs=2 collected=50000 threshold=20001 roots=0
auto run 3: runs=3 collected=70000 threshold=10001 roots=1

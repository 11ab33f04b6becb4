--TEST--
Alternating live and garbage roots: runs free about half and the threshold stays
--FILE--
<?php
class N { public $r; }
$keep = [];
$last = 0;
for ($i = 0; $i < 30000; $i++) {
    $o = new N;
    if ($i % 2) { $o->r = $o; } else { $keep[] = $o; }
    $o = null;
    $s = gc_status();
    if ($s['runs'] != $last) { echo "i=$i ", json_encode($s), "\n"; $last = $s['runs']; }
}
--EXPECT--
i=10000 {"runs":1,"collected":5000,"threshold":10001,"roots":1}
i=20000 {"runs":2,"collected":10000,"threshold":10001,"roots":1}

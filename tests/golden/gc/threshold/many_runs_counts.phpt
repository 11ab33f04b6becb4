--TEST--
Forty thousand dropped self-loops: the status after each automatic run
--FILE--
<?php
class N { public $r; }
$last = 0;
for ($i = 0; $i < 40000; $i++) {
    $o = new N; $o->r = $o; unset($o);
    $s = gc_status();
    if ($s['runs'] != $last) { echo "i=$i ", json_encode($s), "\n"; $last = $s['runs']; }
}
echo json_encode(gc_status()), "\n";
--EXPECT--
i=10000 {"runs":1,"collected":10000,"threshold":10001,"roots":1}
i=20000 {"runs":2,"collected":20000,"threshold":10001,"roots":1}
i=30000 {"runs":3,"collected":30000,"threshold":10001,"roots":1}
{"runs":3,"collected":30000,"threshold":10001,"roots":10000}

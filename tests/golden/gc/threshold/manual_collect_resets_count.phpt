--TEST--
A manual collection just before the threshold empties the buffer: the next automatic run comes 10,000 roots later
--FILE--
<?php
class N { public $r; }
$last = 0;
for ($i = 0; $i < 22000; $i++) {
    $o = new N; $o->r = $o; unset($o);
    if ($i == 9990) { echo "manual at $i: ", gc_collect_cycles(), "\n"; }
    $s = gc_status();
    if ($s['runs'] != $last) { echo "i=$i ", json_encode($s), "\n"; $last = $s['runs']; }
}
--EXPECT--
manual at 9990: 9991
i=9990 {"runs":1,"collected":9991,"threshold":10001,"roots":0}
i=19991 {"runs":2,"collected":19991,"threshold":10001,"roots":1}

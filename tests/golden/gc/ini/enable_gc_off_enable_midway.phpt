--TEST--
-d zend.enable_gc=0, gc_enable() after 5000 cycles: the automatic run comes 10000 roots after enabling
--INI--
zend.enable_gc=0
--FILE--
<?php
class N { public $r; }
for ($i = 0; $i < 5000; $i++) { $o = new N; $o->r = $o; unset($o); }
gc_enable();
$last = 0;
for ($i = 0; $i < 10005; $i++) {
    $o = new N; $o->r = $o; unset($o);
    $s = gc_status();
    if ($s['runs'] != $last) { echo "i=$i ", json_encode($s), "\n"; $last = $s['runs']; }
}
echo json_encode(gc_status()), "\n";
--EXPECT--
i=10000 {"runs":1,"collected":10000,"threshold":10001,"roots":1}
{"runs":1,"collected":10000,"threshold":10001,"roots":5}

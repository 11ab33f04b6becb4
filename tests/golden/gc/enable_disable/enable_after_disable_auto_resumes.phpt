--TEST--
After gc_enable() the next root past the threshold starts an automatic run
--FILE--
<?php
class N { public $r; }
gc_disable();
for ($i = 0; $i < 10500; $i++) { $o = new N; $o->r = $o; unset($o); }
echo gc_status()['runs'], " ", gc_status()['roots'], "\n";
gc_enable();
$last = gc_status()['runs'];
for ($i = 0; $i < 3; $i++) {
    $o = new N; $o->r = $o; unset($o);
    echo "i=$i ", json_encode(gc_status()), "\n";
}
--EXPECT--
0 10500
i=0 {"runs":1,"collected":10500,"threshold":10001,"roots":1}
i=1 {"runs":1,"collected":10500,"threshold":10001,"roots":2}
i=2 {"runs":1,"collected":10500,"threshold":10001,"roots":3}

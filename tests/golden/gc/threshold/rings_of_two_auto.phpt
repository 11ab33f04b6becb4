--TEST--
Two-object rings dropped in a loop: which iteration triggers and how much is collected
--FILE--
<?php
class N { public $o; }
$last = 0;
for ($i = 0; $i < 12000; $i++) {
    $a = new N; $b = new N; $a->o = $b; $b->o = $a;
    unset($a, $b);
    $s = gc_status();
    if ($s['runs'] != $last) { echo "i=$i ", json_encode($s), "\n"; $last = $s['runs']; }
}
--EXPECT--
i=5000 {"runs":1,"collected":10000,"threshold":10001,"roots":2}
i=10000 {"runs":2,"collected":20000,"threshold":10001,"roots":2}

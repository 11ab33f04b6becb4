--TEST--
Live objects getting method calls fill the buffer: automatic runs free nothing and the threshold climbs
--FILE--
<?php
class N { function touch() {} }
$objs = [];
for ($i = 0; $i < 35000; $i++) { $objs[] = new N; }
$last = 0;
foreach ($objs as $k => $o) {
    $o->touch();
    $s = gc_status();
    if ($s['runs'] != $last) { echo "k=$k ", json_encode($s), "\n"; $last = $s['runs']; }
}
echo json_encode(gc_status()), "\n";
--EXPECT--
k=10000 {"runs":1,"collected":0,"threshold":20001,"roots":2}
k=29999 {"runs":2,"collected":0,"threshold":30001,"roots":2}
{"runs":2,"collected":0,"threshold":30001,"roots":5002}

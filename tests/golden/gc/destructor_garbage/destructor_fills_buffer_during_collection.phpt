--TEST--
A destructor run by a collection buffers more than 10,000 roots: no nested automatic run; the collection's second pass collects them all
--FILE--
<?php
class N { public $s; }
class Big { public $s; function __destruct() { for ($i = 0; $i < 10005; $i++) { $o = new N; $o->s = $o; unset($o); } echo "destructor done: ", json_encode(gc_status()), "\n"; } }
$b = new Big; $b->s = $b; unset($b);
echo gc_collect_cycles(), "\n";
echo json_encode(gc_status()), "\n";
echo gc_collect_cycles(), "\n";
echo json_encode(gc_status()), "\n";
--EXPECT--
destructor done: {"runs":1,"collected":0,"threshold":10001,"roots":10006}
10006
{"runs":2,"collected":10006,"threshold":10001,"roots":0}
0
{"runs":2,"collected":10006,"threshold":10001,"roots":0}

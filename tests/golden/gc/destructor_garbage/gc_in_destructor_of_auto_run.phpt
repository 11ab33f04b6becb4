--TEST--
A destructor calling gc_collect_cycles() during an automatic collection gets 0
--FILE--
<?php
class N { public $r; function __construct(public $i) {} function __destruct() { if ($this->i == 3) { echo "inner: ", gc_collect_cycles(), "\n"; } } }
for ($i = 0; $i < 10002; $i++) { $o = new N($i); $o->r = $o; $o = null; }
echo json_encode(gc_status()), "\n";
--EXPECT--
inner: 0
{"runs":2,"collected":10000,"threshold":10001,"roots":2}

--TEST--
Cycles dropped after the last automatic collection are destructed at shutdown
--FILE--
<?php
class N { public $r; function __construct(public $i) {} function __destruct() { if ($this->i >= 10000) echo "~{$this->i}\n"; } }
for ($i = 0; $i < 10003; $i++) { $o = new N($i); $o->r = $o; $o = null; }
echo json_encode(gc_status()), "\n";
echo "end\n";
--EXPECT--
{"runs":2,"collected":10000,"threshold":10001,"roots":3}
end
~10002
~10001
~10000

--TEST--
Two destructors throw during one automatic collection: the exception caught around the loop has the first as previous
--FILE--
<?php
class N { public $r; function __construct(public $i) {} function __destruct() { if ($this->i == 10 || $this->i == 20) throw new Exception("dtor {$this->i}"); } }
try {
    for ($i = 0; $i < 10010; $i++) { $o = new N($i); $o->r = $o; $o = null; }
} catch (Exception $e) {
    echo "caught at i=$i: ", $e->getMessage(), " previous: ", ($e->getPrevious() ? $e->getPrevious()->getMessage() : 'none'), "\n";
}
echo json_encode(gc_status()), "\n";
--EXPECT--
caught at i=10000: dtor 20 previous: dtor 10
{"runs":2,"collected":10000,"threshold":10001,"roots":2}

--TEST--
an object passed by value stays alive inside the callee even after the caller's variable is nulled through a global
--FILE--
<?php
class Doc {
    public function __construct(public string $n) { echo "open {$this->n}\n"; }
    public function __destruct() { echo "close {$this->n}\n"; }
}
function process($d) {
    global $doc;
    $doc = null;
    echo "global cleared, still using {$d->n}\n";
    $d = null;
    echo "param cleared\n";
}
$doc = new Doc("report");
process($doc);
echo "after process\n";
--EXPECT--
open report
global cleared, still using report
close report
param cleared
after process

--TEST--
assigning to a by-reference parameter destroys the caller's object inside the callee
--FILE--
<?php
class Doc {
    public function __construct(public string $n) { echo "open {$this->n}\n"; }
    public function __destruct() { echo "close {$this->n}\n"; }
}
function replace(&$d) {
    echo "replacing\n";
    $d = new Doc("second");
    echo "replaced\n";
}
$doc = new Doc("first");
replace($doc);
echo "caller has {$doc->n}\n";
--EXPECT--
open first
replacing
open second
close first
replaced
caller has second
close second

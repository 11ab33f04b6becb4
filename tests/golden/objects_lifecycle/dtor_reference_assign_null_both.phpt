--TEST--
assigning null through a reference destroys the object seen by both names
--FILE--
<?php
class R {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = new R("shared");
$b = &$a;
$a = null;
echo "a nulled\n";
var_dump($b);
--EXPECT--
ctor shared
dtor shared
a nulled
NULL

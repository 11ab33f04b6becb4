--TEST--
reassigning a by-value parameter inside a function does not destroy the caller's object
--FILE--
<?php
class Obj {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
function f($o) {
    $o = new Obj("inner");
    echo "f end\n";
}
$o = new Obj("outer");
f($o);
echo "main still has {$o->n}\n";
$o = null;
echo "end\n";
--EXPECT--
ctor outer
ctor inner
f end
dtor inner
main still has outer
dtor outer
end

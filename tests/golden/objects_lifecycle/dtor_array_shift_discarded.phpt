--TEST--
array_shift() on an array of objects destroys the shifted object when the result is discarded
--FILE--
<?php
class Q {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$queue = [new Q("first"), new Q("second"), new Q("third")];
array_shift($queue);
echo "shifted once\n";
$next = array_shift($queue);
echo "next is {$next->n}\n";
$next = null;
echo "end\n";
--EXPECT--
dtor first
shifted once
next is second
dtor second
end
dtor third

--TEST--
destructors of array elements freed by unset() inside a function all see the same trace
--FILE--
<?php
class D {
    public function __construct(public string $n) {}
    public function __destruct() {
        echo $this->n, ": ", str_replace("\n", " | ", (new Exception)->getTraceAsString()), "\n";
    }
}
function work() {
    $list = [new D("a"), new D("b")];
    unset($list);
}
work();
--EXPECTF--
a: #0 %s(10): D->__destruct() | #1 %s(12): work() | #2 {main}
b: #0 %s(10): D->__destruct() | #1 %s(12): work() | #2 {main}

--TEST--
freeing an array of objects destroys the elements in the array's order
--FILE--
<?php
class E {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$list = [new E("a"), new E("b"), new E("c")];
echo "unset list\n";
unset($list);
echo "after\n";
--EXPECT--
unset list
dtor a
dtor b
dtor c
after

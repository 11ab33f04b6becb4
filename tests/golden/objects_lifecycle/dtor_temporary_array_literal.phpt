--TEST--
objects in a temporary array literal passed to a function die in element order after the call
--FILE--
<?php
class T {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
echo "count: ", count([new T("a"), new T("b"), new T("c")]), "\n";
echo "end\n";
--EXPECT--
count: dtor a
dtor b
dtor c
3
end

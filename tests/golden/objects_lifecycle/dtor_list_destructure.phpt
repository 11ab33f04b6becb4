--TEST--
list() destructuring of a temporary array keeps the objects in the variables and frees the rest
--FILE--
<?php
class L {
    public function __construct(public string $n) { echo "ctor {$this->n}\n"; }
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
[$a, $b] = [new L("a"), new L("b"), new L("c")];
echo "destructured\n";
list(, $second) = [new L("d"), new L("e")];
echo "second is {$second->n}\n";
unset($a);
echo "end\n";
--EXPECT--
ctor a
ctor b
ctor c
dtor c
destructured
ctor d
ctor e
dtor d
second is e
dtor a
end
dtor e
dtor b

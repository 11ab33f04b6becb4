--TEST--
a copied array shares its objects; freeing one copy destroys nothing
--FILE--
<?php
class C {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$a = [new C("one"), new C("two")];
$b = $a;
unset($a);
echo "a unset\n";
$b[] = new C("three");
unset($b);
echo "b unset\n";
--EXPECT--
a unset
dtor one
dtor two
dtor three
b unset

--TEST--
From a parent class, foreach sees its own private property and a child's protected one of the same name, both under that name.
--FILE--
<?php
class A {
    private $b = 'A private';
    public function walk($o) {
        foreach ($o as $k => $v) {
            echo "$k => $v\n";
        }
    }
}
class B extends A {
    protected $b = 'B protected';
}
(new A)->walk(new B);
foreach (new B as $k => $v) {
    echo "outside: $k => $v\n";
}
--EXPECT--
b => A private
b => B protected

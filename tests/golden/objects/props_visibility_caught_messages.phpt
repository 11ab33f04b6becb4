--TEST--
Error messages for private and protected property reads and writes, caught one after another.
--FILE--
<?php
class A {
    private $priv = 1;
    protected $prot = 2;
    public $pub = 3;
}
$a = new A;
foreach (['priv', 'prot', 'pub'] as $name) {
    try {
        echo $name, " = ", $a->$name, "\n";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
    try {
        $a->$name = 10;
        echo "set $name\n";
    } catch (Error $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
priv = Cannot access private property A::$priv
Cannot access private property A::$priv
prot = Cannot access protected property A::$prot
Cannot access protected property A::$prot
pub = 3
set pub

--TEST--
a destructor at shutdown finds its own global and the ones destroyed before it already removed, and later ones still set
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() {
        echo "dtor {$this->n}: a is ", isset($GLOBALS['a']) ? "set" : "gone",
             ", c is ", isset($GLOBALS['c']) ? "set" : "gone", "\n";
    }
}
$a = new G("a");
$b = new G("b");
$c = new G("c");
echo "script end\n";
--EXPECT--
script end
dtor c: a is set, c is gone
dtor b: a is set, c is gone
dtor a: a is gone, c is gone

--TEST--
bindTo with an object but no scope keeps the outer scope, so private access fails
--FILE--
<?php
class Vault {
    private $gold = 100;
    public $note = "public";
}
$f = function () { return $this->note; };
echo $f->bindTo(new Vault)(), "\n";
$g = function () { return $this->gold; };
try {
    echo $g->bindTo(new Vault)(), "\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo $g->bindTo(new Vault, 'Vault')(), "\n";
echo $g->bindTo(new Vault, new Vault)(), "\n";
--EXPECT--
public
Error: Cannot access private property Vault::$gold
100
100

--TEST--
From outside, isset() is false and empty() is true for private and protected properties, without an Error.
--FILE--
<?php
class A {
    private $priv = 1;
    protected $prot = 2;
    public $pub = 3;
    public $nul = null;
}
$a = new A;
var_dump(isset($a->priv), isset($a->prot), isset($a->pub), isset($a->nul), isset($a->missing));
var_dump(empty($a->priv), empty($a->prot), empty($a->pub), empty($a->nul));
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)

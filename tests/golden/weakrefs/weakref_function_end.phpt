--TEST--
A target local to a function dies when the function returns
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
function make() {
    $local = new D(1);
    $w = WeakReference::create($local);
    var_dump($w->get() === $local);
    return $w;
}
$w = make();
echo "returned\n";
var_dump($w->get());
--EXPECT--
bool(true)
destruct 1
returned
NULL

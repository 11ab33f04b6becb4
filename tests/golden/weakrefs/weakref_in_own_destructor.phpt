--TEST--
In the target's own destructor its WeakReference still returns it
--FILE--
<?php
class E {
    public $w;
    function __destruct() {
        echo "in destructor: ";
        var_dump($this->w->get() === $this);
    }
}
$e = new E;
$e->w = WeakReference::create($e);
$w = $e->w;
unset($e);
var_dump($w->get());
--EXPECT--
in destructor: bool(true)
NULL

--TEST--
A destructor sees a WeakReference to an object it holds still alive; after the owner is freed it is null
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
class Owner {
    public $child;
    public $w;
    function __destruct() {
        echo "owner destructor: ";
        var_dump($this->w->get() === $this->child);
    }
}
$owner = new Owner;
$owner->child = new D(1);
$owner->w = WeakReference::create($owner->child);
$w = $owner->w;
unset($owner);
var_dump($w->get());
--EXPECT--
owner destructor: bool(true)
destruct 1
NULL

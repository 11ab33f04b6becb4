--TEST--
A new object reusing a dead target's handle is not the old WeakReference's target
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$a = new D(1);
$id = spl_object_id($a);
$w = WeakReference::create($a);
unset($a);
$b = new D(2);
var_dump(spl_object_id($b) === $id);
var_dump($w->get());
$w2 = WeakReference::create($b);
var_dump($w2 === $w, $w2->get() === $b);
var_dump($w, $w2);
--EXPECT--
destruct 1
bool(true)
NULL
bool(false)
bool(true)
object(WeakReference)#2 (0) {
}
object(WeakReference)#3 (0) {
}
destruct 2

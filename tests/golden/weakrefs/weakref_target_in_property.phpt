--TEST--
A target held by another object's property dies with that object
--FILE--
<?php
class D { public $n; function __construct($n) { $this->n = $n; } function __destruct() { echo "destruct {$this->n}\n"; } }
$holder = new stdClass;
$holder->item = new D(1);
$w = WeakReference::create($holder->item);
var_dump($w->get()->n);
unset($holder);
var_dump($w->get());
--EXPECT--
int(1)
destruct 1
NULL

--TEST--
A method returning a closure over $this, stored back into a property
--FILE--
<?php
class Counter {
    public $inc;
    public $n = 0;
    function make() { return function () { return ++$this->n; }; }
    function __destruct() { echo "~Counter at {$this->n}\n"; }
}
$c = new Counter;
$c->inc = $c->make();
($c->inc)(); ($c->inc)();
$c = null;
echo gc_collect_cycles(), "\n";
--EXPECT--
~Counter at 2
2

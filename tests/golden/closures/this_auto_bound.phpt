--TEST--
a closure created in a method is automatically bound to $this
--FILE--
<?php
class Counter {
    private $count = 0;
    public function incrementer() {
        return function () { return ++$this->count; };
    }
    public function arrow() {
        return fn() => $this->count * 10;
    }
}
$c = new Counter;
$inc = $c->incrementer();
$inc();
$inc();
echo $inc(), "\n";
echo $c->arrow()(), "\n";
--EXPECT--
3
30

--TEST--
a closure stored in a property must be called as ($obj->prop)(), not as $obj->prop()
--FILE--
<?php
class Box {
    public $fn;
    public function __construct() { $this->fn = fn($x) => "closure got $x"; }
    public function real() { return "method"; }
}
$b = new Box;
echo ($b->fn)(1), "\n";
echo call_user_func($b->fn, 2), "\n";
try {
    echo $b->fn(3), "\n";
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
echo $b->real(), "\n";
--EXPECT--
closure got 1
closure got 2
Call to undefined method Box::fn()
method

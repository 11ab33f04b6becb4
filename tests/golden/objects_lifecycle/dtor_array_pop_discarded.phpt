--TEST--
array_pop() on an array of objects destroys the popped object immediately when the result is discarded
--FILE--
<?php
class P {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$stack = [new P("bottom"), new P("middle"), new P("top")];
array_pop($stack);
echo "popped once\n";
$kept = array_pop($stack);
echo "kept {$kept->n}, ", count($stack), " left\n";
$stack = [];
echo "stack emptied\n";
--EXPECT--
dtor top
popped once
kept middle, 1 left
dtor bottom
stack emptied
dtor middle

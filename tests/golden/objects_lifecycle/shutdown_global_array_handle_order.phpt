--TEST--
objects inside global arrays are destroyed after the plain globals, in handle order
--FILE--
<?php
class G {
    public function __construct(public string $n) {}
    public function __destruct() { echo "dtor {$this->n}\n"; }
}
$late = new G("late");
$list = [];
$list[] = new G("arr-b");
$list[] = new G("arr-a");
array_unshift($list, new G("arr-unshifted"));
$plain = new G("plain");
echo "script end\n";
--EXPECT--
script end
dtor plain
dtor late
dtor arr-b
dtor arr-a
dtor arr-unshifted

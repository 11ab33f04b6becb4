--TEST--
assigning a scalar over the only reference to an object destroys the object at that assignment
--FILE--
<?php
class Pen {
    public function __construct(public string $c) { echo "Pen({$this->c})\n"; }
    public function __destruct() { echo "~Pen({$this->c})\n"; }
}
$p = new Pen("blue");
$p = 42;
echo "p is now $p\n";
$q = new Pen("red");
$q = "text";
echo "q is now $q\n";
$r = new Pen("green");
$r = [1, 2];
echo "r has ", count($r), " items\n";
--EXPECT--
Pen(blue)
~Pen(blue)
p is now 42
Pen(red)
~Pen(red)
q is now text
Pen(green)
~Pen(green)
r has 2 items

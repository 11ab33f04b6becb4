--TEST--
foreach by reference cannot take a reference to a readonly property (a protected one is named by its mangled key, which prints as nothing); by value it can walk them.
--FILE--
<?php
class R {
    public function __construct(public readonly int $x = 1, protected readonly array $list = []) {}
    public function walk() {
        foreach ($this as $k => $v) {
            echo "$k\n";
        }
        try {
            foreach ($this as $k => &$v) {}
        } catch (Error $e) {
            echo $e->getMessage(), "|\n";
        }
    }
}
$r = new R(2, [1]);
$r->walk();
try {
    foreach ($r as &$v) {}
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump(clone $r);
--EXPECT--
x
list
Cannot acquire reference to readonly property R::$x|
Cannot acquire reference to readonly property R::$x
object(R)#3 (2) {
  ["x"]=>
  int(2)
  ["list":protected]=>
  array(1) {
    [0]=>
    int(1)
  }
}

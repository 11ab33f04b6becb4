--TEST--
Writing a private property from outside the class is an Error, not a dynamic property.
--FILE--
<?php
class A {
    private $x = 1;
    public function get() { return $this->x; }
}
$a = new A;
try {
    $a->x = 5;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo $a->get(), "\n";
--EXPECT--
Error: Cannot access private property A::$x
1

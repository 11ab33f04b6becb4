--TEST--
using $this in a static closure throws an Error
--FILE--
<?php
class A {
    public $p = 1;
    public function make() {
        return static function () { return $this->p; };
    }
}
$f = (new A)->make();
try {
    $f();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
Error: Using $this when not in object context

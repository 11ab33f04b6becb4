--TEST--
Using $this inside a static method is an Error.
--FILE--
<?php
class A {
    public $x = 1;
    public static function s() {
        return $this->x;
    }
}
try {
    A::s();
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECT--
Using $this when not in object context

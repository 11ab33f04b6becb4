--TEST--
a static closure has no $this even when created inside a method
--FILE--
<?php
class A {
    public $p = "prop";
    public function make() {
        return static function () {
            return isset($this) ? "has this" : "no this";
        };
    }
    public function makeStaticArrow() {
        return static fn() => isset($this);
    }
}
$a = new A;
echo $a->make()(), "\n";
var_dump($a->makeStaticArrow()());
--EXPECT--
no this
bool(false)

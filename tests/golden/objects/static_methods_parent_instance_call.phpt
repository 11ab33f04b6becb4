--TEST--
Inside an instance method, ParentClass::m() calls the parent's instance method with the same $this.
--FILE--
<?php
class A {
    public $name = 'obj';
    public function describe() { return 'A::describe on ' . get_class($this) . " ($this->name)"; }
}
class B extends A {
    public function describe() { return 'B + ' . A::describe(); }
}
echo (new B)->describe(), "\n";
--EXPECT--
B + A::describe on B (obj)

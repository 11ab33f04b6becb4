--TEST--
Reading a readonly property before its initialization gives the typed-property Error.
--FILE--
<?php
class A {
    public readonly string $v;
    public function init() { $this->v = "set"; }
}
$a = new A;
try { echo $a->v; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$a->init();
echo $a->v, "\n";
--EXPECT--
Typed property A::$v must not be accessed before initialization
set

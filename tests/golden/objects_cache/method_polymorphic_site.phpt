--TEST--
A method call site meets three classes in turn: the cached method of one class must not be called on another
--FILE--
<?php
class A { public function m($n) { return "A::m($n)"; } }
class B extends A { public function m($n) { return "B::m($n)"; } }
class C extends A { }
class D { public function m($n, $k = 10) { $local = $n * $k; return "D::m($local)"; } }
$objects = [new A, new B, new C, new D, new D, new A, new C];
foreach ($objects as $i => $o) {
    echo $o->m($i), "\n";
}
--EXPECT--
A::m(0)
B::m(1)
A::m(2)
D::m(30)
D::m(40)
A::m(5)
A::m(6)

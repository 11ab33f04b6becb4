--TEST--
What a destructor frees while an array or object is being freed is freed before the destructor goes on
--FILE--
<?php
class B { function __destruct() { echo "B dtor\n"; } }
class A { function __destruct() { echo "A dtor start\n"; $t = [new B]; unset($t); echo "A dtor end\n"; } }
$arr = [new A, 1];
unset($arr);
echo "--\n";
class C { public $next; public $n; function __destruct() { echo "C{$this->n}\n"; } }
$head = null;
for ($i = 0; $i < 3; $i++) { $c = new C; $c->n = $i; $c->next = $head; $head = $c; }
unset($c);
$head = null;
echo "--\n";
class D { function __destruct() { echo "D start\n"; $x = new C; $x->n = 'x'; $x->next = new C; $x->next->n = 'y'; unset($x); echo "D end\n"; } }
$o = new stdClass; $o->a = new D; $o->b = new C; $o->b->n = 'b';
unset($o);
--EXPECT--
A dtor start
B dtor
A dtor end
--
C2
C1
C0
--
D start
Cx
Cy
D end
Cb

--TEST--
Assigning an object to another variable or passing it to a function shares the same object.
--FILE--
<?php
class A { public $v = 0; }
function bump(A $x) { $x->v++; }
function replace(A $x) { $x = new A; $x->v = 100; }
function replaceRef(A &$x) { $x = new A; $x->v = 100; }
$a = new A;
$b = $a;
$b->v = 5;
echo $a->v, "\n";
bump($a);
echo $a->v, "\n";
replace($a);
echo $a->v, "\n";
replaceRef($a);
echo $a->v, " ", $b->v, "\n";
--EXPECT--
5
6
6
100 6

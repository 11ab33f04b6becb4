--TEST--
Sorting a literal array copies it without making the literal a root; the sorted copy is the root, and it goes when the function returns
--FILE--
<?php
function f() { $d = [5, 4]; echo gc_status()['roots'], " "; sort($d); echo gc_status()['roots'], " "; }
f();
echo gc_status()['roots'], "\n";
function g() { $d = [5, 4]; $d[] = 1; echo gc_status()['roots'], " "; sort($d); echo gc_status()['roots'], " "; }
g();
echo gc_status()['roots'], "\n";
$a = [3, 1, 2]; $a[] = 5; sort($a); echo gc_status()['roots'], " ";
$b = range(1, 3); sort($b); echo gc_status()['roots'], " ";
$c = [3, 1]; $c2 = $c; $c2[] = 1; echo gc_status()['roots'], " ";
$e = [9, 8]; sort($e); echo gc_status()['roots'], " ";
$f = [9, 8]; rsort($f); echo gc_status()['roots'], "\n";
var_dump($a, $e);
--EXPECT--
0 1 0
0 1 0
1 2 2 3 4
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(5)
}
array(2) {
  [0]=>
  int(8)
  [1]=>
  int(9)
}

--TEST--
clone binds tighter than ->: (clone \$a)->p and clone results in arrays.
--FILE--
<?php
class P { public $v = 1; }
$a = new P;
$list = [clone $a, clone $a];
$list[0]->v = 10;
echo (clone $a)->v, " ", $list[0]->v, " ", $list[1]->v, " ", $a->v, "\n";
--EXPECT--
1 10 1 1

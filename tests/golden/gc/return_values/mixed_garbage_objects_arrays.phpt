--TEST--
A ring of two objects with two arrays between them: count 4
--FILE--
<?php
class N { public $arr; }
$a = new N; $b = new N;
$a->arr = ['to' => $b];
$b->arr = ['to' => $a];
unset($a, $b);
echo gc_collect_cycles(), "\n";
--EXPECT--
4

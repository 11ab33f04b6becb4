--TEST--
The result of gc_collect_cycles() used in arithmetic and comparisons
--FILE--
<?php
class N { public $r; }
$a = new N; $a->r = $a; unset($a);
$b = new N; $b->r = $b; unset($b);
$r = gc_collect_cycles() * 10 + 1;
var_dump($r, gc_collect_cycles() === 0, is_int(gc_collect_cycles()));
--EXPECT--
int(21)
bool(true)
bool(true)

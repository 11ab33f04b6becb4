--TEST--
Six self-loops with destructors collected at once: destructors in buffer order; each interpolated name is counted in both passes (18)
--FILE--
<?php
class N { public $s; function __construct(public $name) {} function __destruct() { echo "~{$this->name} "; } }
for ($i = 0; $i < 6; $i++) { $o = new N("n$i"); $o->s = $o; }
unset($o);
echo "\n", gc_collect_cycles(), "\n";
--EXPECT--
~n0 ~n1 ~n2 ~n3 ~n4 ~n5 18

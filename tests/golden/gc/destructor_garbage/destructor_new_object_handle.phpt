--TEST--
Handles of objects created inside a collection's destructors
--FILE--
<?php
class N { public $s; function __construct(public $n) {} function __destruct() { global $made; $made[] = new stdClass; echo "~{$this->n}\n"; } }
$a = new N('a'); $b = new N('b'); $a->s = $b; $b->s = $a;
unset($a, $b);
$made = [];
echo gc_collect_cycles(), "\n";
foreach ($made as $m) { echo spl_object_id($m), "\n"; }
echo spl_object_id(new stdClass), "\n";
--EXPECT--
~a
~b
2
3
4
1
